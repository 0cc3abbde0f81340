#include "cli/AuthCommands.h"

#include "api/AuthSession.h"
#include "api/ConnectionProfile.h"
#include "api/ShipHeroApi.h"
#include "cli/ApiConnection.h"
#include "cli/JsonWriter.h"
#include "cli/TextTable.h"
#include "settings/FallbackSecretStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

std::optional<ExitCode> parseOrHelp(const Command &command, CliContext &ctx, OptionParser &parser,
                                    const std::function<ExitCode(const QString &)> &usage)
{
    if (!parser.parse(ctx.arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ctx.out << command.help();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

bool keptInMemoryOnly(SecretStore *store)
{
    const auto *fallback = qobject_cast<const FallbackSecretStore *>(store);
    return fallback && fallback->isUsingMemory();
}

} // namespace

// --- login ---------------------------------------------------------------------

QString LoginCommand::name() const
{
    return u"login"_s;
}

QString LoginCommand::summary() const
{
    return tr("Sign in and keep the sign-in in the keychain");
}

QString LoginCommand::synopsis() const
{
    return tr("login [--token-stdin] [--endpoint URL]");
}

QString LoginCommand::description() const
{
    return tr("Signs in to the active profile (or --endpoint URL) with the email and\n"
              "password of a developer user, asked on the terminal (the password is not\n"
              "shown), or with an access token read from stdin. The tokens are kept in\n"
              "the system keychain for the commands that follow, never in a file.\n"
              "Scripts can skip login and set INVSYNC_TOKEN instead.");
}

std::vector<OptionSpec> LoginCommand::options() const
{
    return {
        {{u"token-stdin"_s}, {}, tr("Read an access token from stdin instead of asking")},
        ApiConnection::endpointOption(),
        ApiConnection::quietOption(),
    };
}

QString LoginCommand::moreHelp() const
{
    return tr("Exit codes:\n"
              "  0  signed in, and the sign-in is kept\n"
              "  1  signed in, but no keychain is running, so the sign-in cannot be kept\n"
              "     (use INVSYNC_TOKEN)\n"
              "  2  wrong usage; stdin is not a terminal and --token-stdin was not given\n"
              "  3  the email, password or token was refused\n"
              "  4  service unreachable after retries\n"
              "  5  interrupted\n");
}

ExitCode LoginCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done =
            parseOrHelp(*this, ctx, parser, [&](const QString &m) { return usageError(ctx, m); }))
        return *done;
    if (!parser.positional().isEmpty())
        return usageError(ctx,
                          tr("unexpected argument \"%1\"").arg(parser.positional().constFirst()));
    const bool fromStdin = parser.isSet(u"token-stdin"_s);
    if (!fromStdin && !ctx.inIsTerminal)
        return usageError(ctx, tr("stdin is not a terminal, so there is no one to ask for the "
                                  "email and password; pipe an access token with "
                                  "--token-stdin, or set INVSYNC_TOKEN"));

    QString token;
    QString email;
    QString password;
    if (fromStdin) {
        // The first line: a token file with a final newline is the usual input.
        token = ctx.readInput().section(u'\n', 0, 0).trimmed();
        if (token.isEmpty())
            return usageError(ctx, tr("no token on stdin"));
    }

    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.select(parser))
        return *failed;

    if (!fromStdin) {
        ctx.err << tr("Signing in to %1 (%2).")
                       .arg(connection.connectionName(), connection.baseUrl().toDisplayString())
                << u'\n';
        ctx.err.flush();
        const std::optional<QString> givenEmail = ctx.ask(tr("Email: "), false);
        if (ctx.interrupted())
            return connection.interrupted();
        email = givenEmail.value_or(QString()).trimmed();
        if (email.isEmpty())
            return usageError(ctx, tr("no email given"));
        const std::optional<QString> givenPassword = ctx.ask(tr("Password: "), true);
        if (ctx.interrupted())
            return connection.interrupted();
        password = givenPassword.value_or(QString());
        if (password.isEmpty())
            return usageError(ctx, tr("no password given"));
    }

    AuthReply *reply = fromStdin ? connection.session()->setTokens(token)
                                 : connection.session()->signIn(email, password);
    password.fill(u'\0');
    const std::optional<AuthResult> signedIn = connection.wait<AuthResult>(reply);
    if (!signedIn)
        return connection.interrupted();
    if (!signedIn->ok())
        return connection.fail(*signedIn);

    // A pasted token is only known to work once the service accepts it.
    const std::optional<AccountResult> account =
        connection.wait<AccountResult>(connection.api()->account());
    if (!account)
        return connection.interrupted();
    if (!account->ok()) {
        if (account->error.kind == ApiError::Kind::SignInRequired)
            connection.wait<AuthResult>(connection.session()->signOut()); // not kept
        return connection.fail(account->error);
    }
    const QString who =
        account->account.email.isEmpty() ? account->account.username : account->account.email;

    if (keptInMemoryOnly(connection.secrets())) {
        connection.printError(
            tr("signed in to %1 as %2, but no keychain service is running, so the sign-in "
               "cannot be kept for the next command. Set INVSYNC_TOKEN instead.")
                .arg(connection.connectionName(), who));
        return ExitCode::ProblemsFound;
    }
    connection.print(tr("Signed in to %1 as %2.").arg(connection.connectionName(), who) + u'\n');
    return ExitCode::Ok;
}

// --- logout --------------------------------------------------------------------

QString LogoutCommand::name() const
{
    return u"logout"_s;
}

QString LogoutCommand::summary() const
{
    return tr("Forget the sign-in of a connection");
}

QString LogoutCommand::synopsis() const
{
    return tr("logout [--endpoint URL]");
}

QString LogoutCommand::description() const
{
    return tr("Removes the tokens of the active profile (or --endpoint URL) from the\n"
              "keychain. INVSYNC_TOKEN, when set, is the environment's and stays.");
}

std::vector<OptionSpec> LogoutCommand::options() const
{
    return {ApiConnection::endpointOption(), ApiConnection::quietOption()};
}

ExitCode LogoutCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done =
            parseOrHelp(*this, ctx, parser, [&](const QString &m) { return usageError(ctx, m); }))
        return *done;
    if (!parser.positional().isEmpty())
        return usageError(ctx,
                          tr("unexpected argument \"%1\"").arg(parser.positional().constFirst()));
    ApiConnection connection(*this, ctx);
    if (const auto failed = connection.select(parser))
        return *failed;
    const std::optional<AuthResult> result =
        connection.wait<AuthResult>(connection.session()->signOut());
    if (!result)
        return connection.interrupted();
    if (!result->notice.isEmpty())
        connection.printError(result->notice);
    connection.print(tr("Signed out of %1.").arg(connection.connectionName()) + u'\n');
    if (!qEnvironmentVariableIsEmpty("INVSYNC_TOKEN"))
        connection.notice(tr("INVSYNC_TOKEN is still set in this environment."));
    return ExitCode::Ok;
}

// --- profile -------------------------------------------------------------------

QString ProfileCommand::name() const
{
    return u"profile"_s;
}

QString ProfileCommand::summary() const
{
    return tr("List, choose, add or remove connection profiles");
}

QString ProfileCommand::synopsis() const
{
    return tr("profile list [--json] | use NAME | add NAME URL [--use] | remove NAME");
}

QString ProfileCommand::description() const
{
    return tr("The places InvSync talks to, shared with the window's settings:\n"
              "  list            the profiles; * marks the active one\n"
              "  use NAME        make NAME (a name or an id) the active profile\n"
              "  add NAME URL    add a profile for the service at URL\n"
              "  remove NAME     remove a profile and forget its sign-in");
}

std::vector<OptionSpec> ProfileCommand::options() const
{
    return {
        {{u"json"_s}, {}, tr("list: print one JSON array")},
        {{u"use"_s}, {}, tr("add: make the new profile the active one")},
        ApiConnection::quietOption(),
    };
}

QString ProfileCommand::moreHelp() const
{
    return tr(
        "JSON output (list --json), one array:\n"
        "  [{\"id\": string, \"name\": string, \"kind\": \"shiphero\"|\"sandbox\"|\"custom\",\n"
        "    \"url\": string or null, \"active\": bool}]\n"
        "  url is null for the sandbox inside the window.\n"
        "\n"
        "Exit codes: 0 done; 2 wrong usage, unknown profile, unusable URL, or the\n"
        "last profile (which cannot be removed).\n");
}

ExitCode ProfileCommand::run(CliContext &ctx) const
{
    OptionParser parser(allOptions());
    if (const auto done =
            parseOrHelp(*this, ctx, parser, [&](const QString &m) { return usageError(ctx, m); }))
        return *done;
    const QStringList words = parser.positional();
    if (words.isEmpty())
        return usageError(ctx, tr("say what to do: list, use, add or remove"));
    const QString action = words.constFirst();
    const qsizetype expected = action == u"list" ? 1 : action == u"add" ? 3 : 2;
    if (action != u"list" && action != u"use" && action != u"add" && action != u"remove")
        return usageError(ctx,
                          tr("unknown action \"%1\"; use list, use, add or remove").arg(action));
    if (words.size() != expected)
        return usageError(
            ctx, tr("\"profile %1\" takes %n argument(s)", nullptr, int(expected - 1)).arg(action));

    const bool quiet = parser.isSet(u"quiet"_s);
    auto print = [&](const QString &text) {
        if (!quiet) {
            ctx.out << text;
            ctx.out.flush();
        }
    };
    const std::unique_ptr<QSettings> settings = ApiConnection::openSettings();
    ConnectionProfiles profiles(settings.get());
    auto find = [&profiles](const QString &nameOrId) -> std::optional<ConnectionProfile> {
        if (profiles.contains(nameOrId))
            return profiles.profile(nameOrId);
        const QList<ConnectionProfile> all = profiles.profiles();
        for (const ConnectionProfile &p : all) {
            if (p.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
                return p;
        }
        return std::nullopt;
    };
    auto unknown = [&](const QString &nameOrId) {
        QStringList names;
        const QList<ConnectionProfile> all = profiles.profiles();
        for (const ConnectionProfile &p : all)
            names.append(p.name);
        printError(
            ctx, tr("no profile \"%1\"; the profiles are: %2").arg(nameOrId, names.join(u", "_s)));
        return ExitCode::Usage;
    };

    if (action == u"list") {
        const QList<ConnectionProfile> all = profiles.profiles();
        if (parser.isSet(u"json"_s)) {
            JsonWriter json;
            json.beginArray();
            for (const ConnectionProfile &p : all) {
                json.beginObject();
                json.key(u"id");
                json.value(p.id);
                json.key(u"name");
                json.value(p.name);
                json.key(u"kind");
                json.value(ConnectionProfile::kindName(p.kind));
                json.key(u"url");
                if (p.baseUrl().isEmpty())
                    json.nullValue();
                else
                    json.value(p.baseUrl().toString());
                json.key(u"active");
                json.value(p.id == profiles.activeId());
                json.endObject();
            }
            json.endArray();
            print(json.take() + u'\n');
            return ExitCode::Ok;
        }
        TextTable table({tr("ACTIVE"), tr("NAME"), tr("KIND"), tr("URL"), tr("ID")});
        for (const ConnectionProfile &p : all) {
            table.addRow({p.id == profiles.activeId() ? u"*"_s : QString(), p.name,
                          ConnectionProfile::kindName(p.kind),
                          p.kind == ConnectionProfile::Kind::Sandbox
                              ? tr("(inside the window)")
                              : p.baseUrl().toDisplayString(),
                          p.id});
        }
        print(table.text());
        return ExitCode::Ok;
    }

    if (action == u"use") {
        const std::optional<ConnectionProfile> profile = find(words.at(1));
        if (!profile)
            return unknown(words.at(1));
        profiles.use(profile->id);
        print(tr("Active profile: %1").arg(profile->name) + u'\n');
        return ExitCode::Ok;
    }

    if (action == u"add") {
        ConnectionProfile profile;
        profile.name = words.at(1);
        profile.kind = ConnectionProfile::Kind::Custom;
        profile.customUrl =
            QUrl(words.at(2).trimmed(), QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
        if (profile.customUrl == ConnectionProfile::shipHeroUrl())
            profile.kind = ConnectionProfile::Kind::ShipHero;
        QString error;
        const QString id = profiles.add(profile, &error);
        if (id.isEmpty()) {
            printError(ctx, error);
            return ExitCode::Usage;
        }
        if (parser.isSet(u"use"_s))
            profiles.use(id);
        print((parser.isSet(u"use"_s) ? tr("Added profile %1 (%2) and made it active.")
                                      : tr("Added profile %1 (%2)."))
                  .arg(profile.name, profile.customUrl.toDisplayString()) +
              u'\n');
        return ExitCode::Ok;
    }

    // remove
    const std::optional<ConnectionProfile> profile = find(words.at(1));
    if (!profile)
        return unknown(words.at(1));
    if (!profiles.remove(profile->id)) {
        printError(ctx, tr("\"%1\" is the last profile and cannot be removed").arg(profile->name));
        return ExitCode::Usage;
    }
    // Its tokens belong to a connection that no longer exists.
    ApiConnection connection(*this, ctx);
    std::unique_ptr<SecretStore> secrets(ApiConnection::createSecretStore());
    if (!connection.wait<SecretResult>(AuthSession::forgetProfile(secrets.get(), profile->id)))
        return connection.interrupted();
    print(tr("Removed profile %1; the active profile is %2.")
              .arg(profile->name, profiles.active().name) +
          u'\n');
    return ExitCode::Ok;
}

} // namespace invsync
