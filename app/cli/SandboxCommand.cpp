#include "cli/SandboxCommand.h"

#include "sandbox/BatchProcessor.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxService.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// SIGTERM (a service manager, `kill`) stops the sandbox as Ctrl+C does; the
// process entry already turns SIGINT into ctx.interrupted().
volatile std::sig_atomic_t s_terminated = 0;

void onTerminate(int)
{
    s_terminated = 1;
}

} // namespace

QString SandboxCommand::name() const
{
    return u"sandbox"_s;
}

QString SandboxCommand::summary() const
{
    return tr("Run a local stand-in for ShipHero's API, with demo data");
}

QString SandboxCommand::synopsis() const
{
    return tr("sandbox [--bind ADDR] [--port N] [--rows-per-second N] [--state FILE]");
}

QString SandboxCommand::description() const
{
    return tr("Serves ShipHero's inventory sync API (POST /auth/token, /auth/refresh and\n"
              "/graphql) on this computer, with a demo account, two warehouses and a few\n"
              "hundred products, until Ctrl+C. Prints its base URL and the demo sign-in.\n"
              "With --state the data (batches, stock, tokens) is kept across restarts.");
}

std::vector<OptionSpec> SandboxCommand::options() const
{
    return {
        {{u"bind"_s}, tr("ADDR"), tr("Address to listen on (default: 127.0.0.1)")},
        {{u"port"_s}, tr("N"), tr("Port to listen on (default: 0, any free port)")},
        {{u"rows-per-second"_s}, tr("N"), tr("How fast batches process their rows (default: 5)")},
        {{u"state"_s},
         tr("FILE"),
         tr("Load the data from FILE if it exists; save it there on exit")},
    };
}

ExitCode SandboxCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (!parser.parse(ctx.arguments))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << help();
        return ExitCode::Ok;
    }
    if (!parser.positional().isEmpty())
        return usageError(ctx,
                          tr("unexpected argument \"%1\"").arg(parser.positional().constFirst()));

    QHostAddress address(QHostAddress::LocalHost);
    if (parser.isSet(u"bind"_s)) {
        const QString value = parser.value(u"bind"_s);
        if (value.compare(u"localhost", Qt::CaseInsensitive) != 0 && !address.setAddress(value))
            return usageError(ctx, tr("\"%1\" is not an IP address").arg(value));
    }
    quint16 port = 0;
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint value = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || value > 65535)
            return usageError(ctx, tr("the port must be a number from 0 to 65535, not \"%1\"")
                                       .arg(parser.value(u"port"_s)));
        port = quint16(value);
    }
    SandboxConfig config;
    if (parser.isSet(u"rows-per-second"_s)) {
        bool ok = false;
        const double value = parser.value(u"rows-per-second"_s).toDouble(&ok);
        if (!ok || !(value > 0) || value > 1e6)
            return usageError(ctx, tr("--rows-per-second must be a number above 0, not \"%1\"")
                                       .arg(parser.value(u"rows-per-second"_s)));
        config.rowsPerSecond = value;
    }

    SandboxServer server(config);
    if (!server.service().isReady()) {
        printError(ctx, tr("the sandbox cannot start: %1").arg(server.service().schemaError()));
        return ExitCode::Network;
    }
    const QString statePath = parser.value(u"state"_s);
    bool loaded = false;
    if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
        QString error;
        if (!server.service().loadState(statePath, &error)) {
            printError(ctx, tr("cannot read the state file %1: %2").arg(statePath, error));
            return ExitCode::Usage;
        }
        loaded = true;
    } else {
        server.service().setState(DemoData::create());
    }

    if (server.listen(address, port) == 0) {
        printError(ctx, tr("cannot listen on %1 port %2; is the port in use?")
                            .arg(address.toString())
                            .arg(port));
        return ExitCode::Network;
    }

    auto saveState = [&]() {
        if (statePath.isEmpty())
            return true;
        QString error;
        if (server.service().saveState(statePath, &error))
            return true;
        printError(ctx, tr("cannot save the state to %1: %2").arg(statePath, error));
        return false;
    };
    // Saved as batches end too, so that a killed process loses little.
    QObject::connect(&server.service().processor(), &BatchProcessor::batchFinished, &server,
                     [&saveState](int) { saveState(); });

    const QString base = server.baseUrl().toString();
    ctx.out << tr("InvSync sandbox: ShipHero's inventory sync API, on this computer.") << u'\n'
            << tr("Base URL:  %1").arg(base) << u'\n'
            << tr("GraphQL:   %1").arg(base + u"/graphql"_s) << u'\n'
            << tr("Sign in:   %1 / %2").arg(DemoData::username(), DemoData::password()) << u'\n'
            << tr("Read-only: %1 / %2 (for the missing-scope error)")
                   .arg(DemoData::readOnlyUsername(), DemoData::readOnlyPassword())
            << u'\n';
    if (!statePath.isEmpty()) {
        ctx.out << (loaded ? tr("State:     %1 (loaded)").arg(statePath)
                           : tr("State:     %1 (new, saved on exit)").arg(statePath))
                << u'\n';
    }
    ctx.out << tr("Press Ctrl+C to stop.") << u'\n';
    ctx.out.flush();
    if (address != QHostAddress(QHostAddress::LocalHost) &&
        address != QHostAddress(QHostAddress::LocalHostIPv6)) {
        printError(ctx, tr("warning: listening beyond this computer; anyone who can reach %1 "
                           "can sign in with the demo credentials")
                            .arg(address.toString()));
    }

    s_terminated = 0;
    const auto previousTerm = std::signal(SIGTERM, onTerminate);
    QEventLoop loop;
    QTimer poll;
    // A signal handler may only set a flag; the loop looks at it often enough
    // for Ctrl+C to feel immediate.
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&ctx, &loop] {
        if (s_terminated || ctx.interrupted())
            loop.quit();
    });
    poll.start();
    loop.exec();
    poll.stop();
    std::signal(SIGTERM, previousTerm == SIG_ERR ? SIG_DFL : previousTerm);

    server.service().processor().stopAll();
    const bool saved = saveState();
    ctx.out << tr("Sandbox stopped.") << u'\n';
    return saved ? ExitCode::Ok : ExitCode::Usage;
}

} // namespace invsync
