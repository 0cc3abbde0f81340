#pragma once

#include "api/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QSettings;

namespace invsync {

class AuthReply;
class AuthSession;
class GraphqlClient;
class ShipHeroApi;
class SecretStore;
struct AuthResult;

// The window's side of "where InvSync talks to and as whom": the connection
// profiles, the secret store, the network manager and the auth session of the
// active profile. No widgets here, so an API client can take session() and
// network() as they are.
//
// Switching the active profile points the session at the new address and
// restores that profile's stored tokens. The email of the signed-in user is
// remembered per profile in the settings (it is not a secret) so the status
// bar can name the user; the tokens stay in the secret store.
class Connection : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned (the application's QSettings, or a test's INI
    // file); `secrets` is taken over. The active profile's tokens are
    // restored right away (asynchronously).
    Connection(QSettings *settings, SecretStore *secrets, const QUrl &sandboxUrl = {},
               QObject *parent = nullptr);
    ~Connection() override;

    // The application's store: the OS keychain, memory when no keychain runs.
    static SecretStore *createSecretStore();

    // The embedded sandbox's address; empty with `problem` when it did not start.
    void setSandboxUrl(const QUrl &url, const QString &problem = {});
    QUrl sandboxUrl() const { return m_sandboxUrl; }

    ConnectionProfiles *profiles() const { return m_profiles; }
    AuthSession *session() const { return m_session; }
    QNetworkAccessManager *network() const { return m_network; }
    SecretStore *secrets() const { return m_secrets; }
    // The API client of the active profile (retries, throttling, credits).
    GraphqlClient *client() const { return m_client; }
    ShipHeroApi *api() const { return m_api; }

    ConnectionProfile activeProfile() const;
    QUrl baseUrl(const ConnectionProfile &profile) const;
    QUrl activeUrl() const { return baseUrl(activeProfile()); }
    // Why the active connection has no address (the sandbox did not start), or empty.
    QString problem() const;

    bool isSignedIn() const;
    bool isRestoring() const { return !m_restore.isNull(); }
    // Who the active profile's tokens belong to; empty for a pasted token.
    QString signedInEmail() const;
    // For people: the user, "signed in with a token" or "not signed in".
    QString userText() const;
    // "Sandbox · demo@sandbox.invsync", "ShipHero · not signed in".
    QString summary() const;
    // The email last used to sign in to a profile, to fill in the form.
    QString lastEmail(const QString &profileId) const;
    // The user remembered for a profile (also for one that is not active).
    QString rememberedUser(const QString &profileId) const;

    // Why sign-ins are not kept after InvSync quits (no keychain), or empty.
    QString storageNotice() const { return m_storageNotice; }

    // Sign in to the active profile. Results as AuthSession's.
    AuthReply *signIn(const QString &email, const QString &password);
    AuthReply *useTokens(const QString &accessToken, const QString &refreshToken = {});
    AuthReply *signOut();

    bool use(const QString &profileId);
    // As ConnectionProfiles::update; a new address forgets the profile's
    // sign-in, since its tokens belong to the service at the old one.
    bool updateProfile(const ConnectionProfile &profile, QString *error = nullptr);
    // Removes a profile and forgets its tokens and remembered user.
    bool removeProfile(const QString &profileId);

Q_SIGNALS:
    // The active profile, its address or who is signed in changed.
    void changed();
    // The service refused the refresh token: the user must sign in again.
    void signInRequired(const QString &message);
    // Sign-ins are kept in memory only, or could not be stored.
    void storageNoticeRaised(const QString &message);

private:
    void activate();
    void setStorageNotice(const QString &message);
    void onSignedInChanged(bool signedIn);
    void rememberUser(const QString &profileId, const QString &email);
    void forgetUser(const QString &profileId, bool alsoLastEmail);
    void forgetTokens(const QString &profileId);
    QString userKey(const QString &profileId, const QString &name) const;

    QSettings *m_settings;
    ConnectionProfiles *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    AuthSession *m_session;
    GraphqlClient *m_client;
    ShipHeroApi *m_api;
    QUrl m_sandboxUrl;
    QString m_sandboxProblem;
    QString m_storageNotice;
    QString m_pendingEmail; // the email of the sign-in under way
    QPointer<AuthReply> m_restore;
    QSet<QString> m_forgetting; // profiles whose tokens are being removed: nothing to restore
};

} // namespace invsync
