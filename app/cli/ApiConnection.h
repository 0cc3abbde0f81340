#pragma once

#include "api/ApiTypes.h"
#include "api/ConnectionProfile.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/OptionParser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace invsync {

class AuthSession;
class Command;
class GraphqlClient;
class SecretStore;
class ShipHeroApi;
struct AuthResult;

// What the commands that talk to the service share: the connection (the
// active profile, or --endpoint), its tokens (INVSYNC_TOKEN, else the
// keychain), the API client, and how to wait for a reply on the command line
// (Ctrl+C ends the wait, waits for credits are shown on a terminal). Every
// failure is printed once, as "invsync COMMAND: message", and mapped to the
// exit code all commands share.
class ApiConnection
{
    Q_DECLARE_TR_FUNCTIONS(ApiConnection)

public:
    ApiConnection(const Command &command, CliContext &ctx);
    ~ApiConnection();

    // --endpoint URL: for every command that talks to the service.
    static OptionSpec endpointOption();
    static OptionSpec quietOption();

    // The settings the window uses too, so that profiles are shared.
    static std::unique_ptr<QSettings> openSettings();
    // The OS keychain, memory when none runs (the window's store).
    static SecretStore *createSecretStore();

    // Picks the connection (--endpoint, else the active profile) without
    // signing in. nullopt when ready; otherwise the message was printed.
    std::optional<ExitCode> select(const OptionParser &parser);
    // select() and then the tokens: INVSYNC_TOKEN, else those stored for
    // the connection. Not signed in is ExitCode::Auth with what to do.
    std::optional<ExitCode> open(const OptionParser &parser);

    bool quiet() const { return m_quiet; }
    QString profileId() const { return m_profileId; }
    QString connectionName() const { return m_name; } // "Sandbox", or the URL
    QUrl baseUrl() const { return m_baseUrl; }
    bool usesEnvironmentToken() const { return m_environmentToken; }

    ConnectionProfiles &profiles() { return *m_profiles; }
    AuthSession *session() const { return m_session; }
    SecretStore *secrets() const { return m_secrets; }
    ShipHeroApi *api() const { return m_api; }
    // Why tokens are kept in memory only (no keychain), or empty.
    QString storageNotice() const { return m_storageNotice; }

    // Runs the event loop until `reply` finishes (any reply with a
    // finished(Result) signal). nullopt when Ctrl+C came first: the reply is
    // cancelled and nothing was printed.
    template <typename Result, typename Reply> std::optional<Result> wait(Reply *reply)
    {
        std::optional<Result> result;
        QEventLoop loop;
        QObject::connect(reply, &Reply::finished, &loop, [&result, &loop](const Result &r) {
            result = r;
            loop.quit();
        });
        runLoop(loop, [&result] { return result.has_value(); });
        if (!result)
            reply->cancel();
        return result;
    }

    // The account with its warehouses; nullopt with *account set, otherwise
    // the error was printed and its exit code is returned.
    std::optional<ExitCode> loadAccount(Account *account);
    // The warehouse `text` names: its id, its legacy (numeric) id or its
    // name, ignoring case. An unknown one is a usage error that lists them.
    std::optional<ExitCode> findWarehouse(const QString &text, Warehouse *warehouse,
                                          Account *account = nullptr);
    // Writes to stdout unless --quiet.
    void print(const QString &text);

    // Waits `milliseconds` with the event loop running; false when interrupted.
    bool pause(int milliseconds);

    // Prints the error and gives its exit code.
    ExitCode fail(const ApiError &error);
    ExitCode fail(const AuthResult &result);
    // "interrupted" on stderr; ExitCode::Interrupted.
    ExitCode interrupted();
    void printError(const QString &message);
    // A line on stderr for a person at a terminal (not with --quiet).
    void notice(const QString &message);

    static ExitCode exitCodeFor(ApiError::Kind kind);

private:
    void runLoop(QEventLoop &loop, const std::function<bool()> &done);
    void build();

    const Command &m_command;
    CliContext &m_ctx;
    bool m_quiet = false;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    QString m_profileId;
    QString m_name;
    QUrl m_baseUrl;
    bool m_environmentToken = false;
    QString m_storageNotice;
    // Owned through m_root, deleted in order (API before session before network).
    std::unique_ptr<QObject> m_root;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    AuthSession *m_session = nullptr;
    GraphqlClient *m_client = nullptr;
    ShipHeroApi *m_api = nullptr;
};

} // namespace invsync
