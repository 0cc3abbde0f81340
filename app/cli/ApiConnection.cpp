#include "cli/ApiConnection.h"

#include "api/AuthSession.h"
#include "api/GraphqlClient.h"
#include "api/ShipHeroApi.h"
#include "cli/Command.h"
#include "settings/AppPaths.h"
#include "settings/FallbackSecretStore.h"
#include "settings/KeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QUrl normalized(QUrl url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

ApiConnection::ApiConnection(const Command &command, CliContext &ctx)
    : m_command(command), m_ctx(ctx)
{
}

ApiConnection::~ApiConnection()
{
    // Users before what they use: the API, the transport, the session, the
    // store, and the network manager last.
    delete m_api;
    delete m_client;
    delete m_session;
    delete m_secrets;
    delete m_network;
}

OptionSpec ApiConnection::endpointOption()
{
    return {{u"endpoint"_s},
            tr("URL"),
            tr("Talk to the service at URL instead of the active profile's;\n"
               "the token comes from INVSYNC_TOKEN or from \"invsync login --endpoint URL\"")};
}

OptionSpec ApiConnection::quietOption()
{
    return {
        {u"q"_s, u"quiet"_s}, {}, tr("Print nothing but errors; the exit code tells the outcome")};
}

std::unique_ptr<QSettings> ApiConnection::openSettings()
{
    // The window's settings (one list of profiles for both), beside the
    // executable in portable mode.
    return AppPaths::openSettings();
}

SecretStore *ApiConnection::createSecretStore()
{
    return new FallbackSecretStore(new KeychainSecretStore());
}

std::optional<ExitCode> ApiConnection::select(const OptionParser &parser)
{
    m_quiet = parser.isSet(u"quiet"_s);
    m_settings = openSettings();
    m_profiles = std::make_unique<ConnectionProfiles>(m_settings.get());

    if (parser.isSet(u"endpoint"_s)) {
        const QString text = parser.value(u"endpoint"_s).trimmed();
        const QUrl url = normalized(QUrl(text, QUrl::StrictMode));
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https")) {
            printError(tr("\"%1\" is not a web address; give one such as "
                          "https://public-api.shiphero.com or http://127.0.0.1:8080")
                           .arg(text));
            return ExitCode::Usage;
        }
        if (!url.userInfo().isEmpty()) {
            printError(tr("leave the user name and password out of --endpoint; "
                          "use INVSYNC_TOKEN or \"invsync login\""));
            return ExitCode::Usage;
        }
        m_baseUrl = url;
        m_name = url.toDisplayString();
        // A profile with this address keeps its tokens; any other address
        // gets tokens of its own, under a key made from the address.
        m_profileId = u"url:"_s + url.toString();
        const QList<ConnectionProfile> all = m_profiles->profiles();
        for (const ConnectionProfile &profile : all) {
            if (!profile.baseUrl().isEmpty() && normalized(profile.baseUrl()) == url) {
                m_profileId = profile.id;
                m_name = profile.name;
                break;
            }
        }
    } else {
        const ConnectionProfile profile = m_profiles->active();
        m_profileId = profile.id;
        m_name = profile.name;
        m_baseUrl = profile.baseUrl();
        if (m_baseUrl.isEmpty()) {
            printError(
                profile.kind == ConnectionProfile::Kind::Sandbox
                    ? tr("the active profile \"%1\" is the sandbox inside the InvSync window, "
                         "which the command line cannot reach. Run \"invsync sandbox\" and add "
                         "its address with \"invsync profile add NAME URL --use\", or pass "
                         "--endpoint URL.")
                          .arg(profile.name)
                    : tr("the active profile \"%1\" has no address; see \"invsync profile list\"")
                          .arg(profile.name));
            return ExitCode::Usage;
        }
    }
    build();
    return std::nullopt;
}

void ApiConnection::build()
{
    m_network = new QNetworkAccessManager;
    m_secrets = createSecretStore();
    if (auto *fallback = qobject_cast<FallbackSecretStore *>(m_secrets)) {
        QObject::connect(fallback, &FallbackSecretStore::keychainUnavailable, fallback,
                         [this](const QString &message) { m_storageNotice = message; });
    }
    m_session = new AuthSession(m_network, m_secrets);
    m_session->setConnection(m_profileId, m_baseUrl);
    QObject::connect(m_session, &AuthSession::storageNotice, m_session,
                     [this](const QString &message) { m_storageNotice = message; });
    m_client = new GraphqlClient(m_network, m_session);
    m_api = new ShipHeroApi(m_client);
    // Waits (out of credits, retrying) only on a terminal: a script's log
    // gets the outcome, not the pauses.
    QObject::connect(
        m_client, &GraphqlClient::waiting, m_client,
        [this](const QString &, qint64 milliseconds, const QString &reason) {
            notice(tr("Waiting %1 s: %2")
                       .arg(QString::number(double(milliseconds) / 1000.0, 'f', 1), reason));
        });
}

std::optional<ExitCode> ApiConnection::open(const OptionParser &parser)
{
    if (const std::optional<ExitCode> failed = select(parser))
        return failed;
    if (m_session->useEnvironmentToken()) {
        m_environmentToken = true;
        return std::nullopt;
    }
    const std::optional<AuthResult> restored = wait<AuthResult>(m_session->restore());
    if (!restored)
        return interrupted();
    if (restored->ok())
        return std::nullopt;
    QString message =
        tr("not signed in to %1. Run \"invsync login%2\", or set INVSYNC_TOKEN.")
            .arg(m_name, parser.isSet(u"endpoint"_s) ? u" --endpoint "_s + m_baseUrl.toString()
                                                     : QString());
    if (!restored->notice.isEmpty())
        message += u' ' + restored->notice;
    printError(message);
    return ExitCode::Auth;
}

void ApiConnection::runLoop(QEventLoop &loop, const std::function<bool()> &done)
{
    if (done())
        return;
    // A signal handler may only set a flag: the loop looks at it often
    // enough for Ctrl+C to feel immediate.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_ctx.interrupted())
            loop.quit();
    });
    poll.start();
    if (!m_ctx.interrupted())
        loop.exec();
}

bool ApiConnection::pause(int milliseconds)
{
    QEventLoop loop;
    bool elapsed = false;
    QTimer::singleShot(milliseconds, &loop, [&elapsed, &loop] {
        elapsed = true;
        loop.quit();
    });
    runLoop(loop, [&elapsed] { return elapsed; });
    return elapsed && !m_ctx.interrupted();
}

std::optional<ExitCode> ApiConnection::loadAccount(Account *account)
{
    const std::optional<AccountResult> result = wait<AccountResult>(m_api->account());
    if (!result)
        return interrupted();
    if (!result->ok())
        return fail(result->error);
    *account = result->account;
    return std::nullopt;
}

std::optional<ExitCode> ApiConnection::findWarehouse(const QString &text, Warehouse *warehouse,
                                                     Account *account)
{
    Account loaded;
    if (const std::optional<ExitCode> failed = loadAccount(&loaded))
        return failed;
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 legacyId = wanted.toLongLong(&isNumber);
    QStringList names;
    for (const Warehouse &w : std::as_const(loaded.warehouses)) {
        if (w.id == wanted || (isNumber && w.legacyId == legacyId) ||
            w.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            *warehouse = w;
            if (account)
                *account = loaded;
            return std::nullopt;
        }
        names.append(u"\"%1\" (%2)"_s.arg(w.name, w.id));
    }
    printError(tr("no warehouse \"%1\" in this account; its warehouses are: %2")
                   .arg(wanted, names.join(u", "_s)));
    return ExitCode::Usage;
}

void ApiConnection::print(const QString &text)
{
    if (m_quiet)
        return;
    m_ctx.out << text;
    m_ctx.out.flush();
}

ExitCode ApiConnection::exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::SignInRequired:
    case ApiError::Kind::MissingScope:
        return ExitCode::Auth;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::InvalidArgument:
    case ApiError::Kind::InvalidRequest:
        return ExitCode::Usage; // the id or value given is not one the service knows
    case ApiError::Kind::NotAllowed:
    case ApiError::Kind::NotStarted:
        return ExitCode::ProblemsFound; // the service answered: the work cannot be done
    case ApiError::Kind::Cancelled:
        return ExitCode::Interrupted;
    case ApiError::Kind::Throttled:
    case ApiError::Kind::Service:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Http:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Ambiguous:
        return ExitCode::Network;
    }
    return ExitCode::Network;
}

ExitCode ApiConnection::fail(const ApiError &error)
{
    QString message = error.message;
    if (!error.requestId.isEmpty())
        message += u' ' + tr("(request %1)").arg(error.requestId);
    printError(m_session ? m_session->redact(message) : message);
    return exitCodeFor(error.kind);
}

ExitCode ApiConnection::fail(const AuthResult &result)
{
    printError(result.message);
    switch (result.error) {
    case AuthResult::Error::None:
        return ExitCode::Ok;
    case AuthResult::Error::WrongCredentials:
    case AuthResult::Error::SignInRequired:
    case AuthResult::Error::NotSignedIn:
        return ExitCode::Auth;
    case AuthResult::Error::Cancelled:
        return ExitCode::Interrupted;
    case AuthResult::Error::Unreachable:
    case AuthResult::Error::Timeout:
    case AuthResult::Error::Malformed:
    case AuthResult::Error::ServiceError:
        return ExitCode::Network;
    }
    return ExitCode::Network;
}

ExitCode ApiConnection::interrupted()
{
    printError(tr("interrupted"));
    return ExitCode::Interrupted;
}

void ApiConnection::printError(const QString &message)
{
    m_ctx.err << u"invsync "_s << m_command.name() << u": "_s << message << u'\n';
    m_ctx.err.flush();
}

void ApiConnection::notice(const QString &message)
{
    if (!m_ctx.errIsTerminal || m_quiet)
        return;
    m_ctx.err << message << u'\n';
    m_ctx.err.flush();
}

} // namespace invsync
