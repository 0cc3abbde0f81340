#include "gui/Connection.h"

#include "api/AuthSession.h"
#include "api/GraphqlClient.h"
#include "api/ShipHeroApi.h"
#include "settings/FallbackSecretStore.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretStore.h"

#include <QNetworkAccessManager>
#include <QSettings>

#include <utility>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

// Outside ConnectionProfiles' "Connections" group, which it rewrites whole.
const QString UsersGroup = u"ConnectionUsers"_s;
const QString UserKey = u"user"_s;           // who the stored tokens belong to
const QString LastEmailKey = u"lastEmail"_s; // what the sign-in form starts with

} // namespace

Connection::Connection(QSettings *settings, SecretStore *secrets, const QUrl &sandboxUrl,
                       QObject *parent)
    : QObject(parent), m_settings(settings), m_profiles(new ConnectionProfiles(settings, this)),
      m_secrets(secrets), m_network(new QNetworkAccessManager(this)), m_sandboxUrl(sandboxUrl)
{
    m_secrets->setParent(this);
    m_session = new AuthSession(m_network, m_secrets, this);
    m_client = new GraphqlClient(m_network, m_session, this);
    m_api = new ShipHeroApi(m_client, this);

    if (auto *fallback = qobject_cast<FallbackSecretStore *>(m_secrets)) {
        connect(fallback, &FallbackSecretStore::keychainUnavailable, this,
                &Connection::setStorageNotice);
        if (fallback->isUsingMemory())
            m_storageNotice = fallback->memoryNotice();
    }
    connect(m_session, &AuthSession::storageNotice, this, &Connection::setStorageNotice);
    connect(m_session, &AuthSession::signedInChanged, this, &Connection::onSignedInChanged);
    connect(m_session, &AuthSession::signInRequired, this, [this](const QString &message) {
        m_pendingEmail.clear();
        forgetUser(m_session->profileId(), false);
        Q_EMIT changed();
        Q_EMIT signInRequired(message);
    });
    connect(m_profiles, &ConnectionProfiles::activeChanged, this, &Connection::activate);
    // A renamed profile changes the summary; an edited address needs the session moved.
    connect(m_profiles, &ConnectionProfiles::changed, this, &Connection::activate);

    activate();
}

Connection::~Connection()
{
    // Before the network manager it uses.
    delete m_session;
}

SecretStore *Connection::createSecretStore()
{
    return new FallbackSecretStore(new KeychainSecretStore());
}

void Connection::setSandboxUrl(const QUrl &url, const QString &problem)
{
    m_sandboxProblem = url.isEmpty() ? problem : QString();
    if (url == m_sandboxUrl) {
        Q_EMIT changed();
        return;
    }
    m_sandboxUrl = url;
    activate();
}

ConnectionProfile Connection::activeProfile() const
{
    return m_profiles->active();
}

QUrl Connection::baseUrl(const ConnectionProfile &profile) const
{
    return profile.baseUrl(m_sandboxUrl);
}

QString Connection::problem() const
{
    if (!activeUrl().isEmpty())
        return {};
    if (activeProfile().kind == ConnectionProfile::Kind::Sandbox)
        return m_sandboxProblem.isEmpty() ? tr("The embedded sandbox is not running.")
                                          : m_sandboxProblem;
    return tr("This connection has no address.");
}

bool Connection::isSignedIn() const
{
    return m_session->isSignedIn();
}

QString Connection::userKey(const QString &profileId, const QString &name) const
{
    return UsersGroup + u'/' + profileId + u'/' + name;
}

QString Connection::rememberedUser(const QString &profileId) const
{
    return m_settings->value(userKey(profileId, UserKey)).toString();
}

QString Connection::lastEmail(const QString &profileId) const
{
    return m_settings->value(userKey(profileId, LastEmailKey)).toString();
}

QString Connection::signedInEmail() const
{
    return isSignedIn() ? rememberedUser(m_session->profileId()) : QString();
}

QString Connection::userText() const
{
    if (activeUrl().isEmpty())
        return tr("not running");
    if (!isSignedIn())
        return tr("not signed in");
    const QString email = signedInEmail();
    return email.isEmpty() ? tr("signed in with a token") : email;
}

QString Connection::summary() const
{
    //: The status bar: connection name · user
    return tr("%1 · %2").arg(activeProfile().name, userText());
}

void Connection::rememberUser(const QString &profileId, const QString &email)
{
    m_settings->setValue(userKey(profileId, UserKey), email);
    m_settings->setValue(userKey(profileId, LastEmailKey), email);
    m_settings->sync();
}

void Connection::forgetUser(const QString &profileId, bool alsoLastEmail)
{
    if (alsoLastEmail)
        m_settings->remove(UsersGroup + u'/' + profileId);
    else
        m_settings->remove(userKey(profileId, UserKey));
    m_settings->sync();
}

void Connection::setStorageNotice(const QString &message)
{
    if (message.isEmpty())
        return;
    m_storageNotice = message;
    Q_EMIT storageNoticeRaised(message);
}

void Connection::onSignedInChanged(bool signedIn)
{
    // Written as soon as the session holds the tokens, so the status bar
    // names the user in the same update that shows the sign-in.
    if (signedIn && !m_pendingEmail.isEmpty())
        rememberUser(m_session->profileId(), std::exchange(m_pendingEmail, {}));
    Q_EMIT changed();
}

void Connection::activate()
{
    const ConnectionProfile profile = activeProfile();
    const QUrl url = baseUrl(profile);
    if (m_session->profileId() == profile.id && m_session->baseUrl() == url) {
        Q_EMIT changed();
        return;
    }
    m_pendingEmail.clear();
    if (m_restore)
        m_restore->cancel();
    m_session->setConnection(profile.id, url);
    m_client->resetCredits(); // another service, another bucket
    Q_EMIT changed();
    if (url.isEmpty() || m_forgetting.contains(profile.id))
        return; // no address to send tokens to, or no tokens any more
    m_restore = m_session->restore();
    connect(m_restore, &AuthReply::finished, this, [this](const AuthResult &result) {
        setStorageNotice(result.notice);
        Q_EMIT changed();
    });
}

AuthReply *Connection::signIn(const QString &email, const QString &password)
{
    m_pendingEmail = email.trimmed();
    AuthReply *reply = m_session->signIn(email, password);
    connect(reply, &AuthReply::finished, this, [this](const AuthResult &result) {
        if (!result.ok())
            m_pendingEmail.clear();
    });
    // A cancelled sign-in delivers nothing: the email must not name a later token.
    connect(reply, &QObject::destroyed, this, [this] { m_pendingEmail.clear(); });
    return reply;
}

AuthReply *Connection::useTokens(const QString &accessToken, const QString &refreshToken)
{
    m_pendingEmail.clear();
    if (!accessToken.trimmed().isEmpty())
        forgetUser(m_session->profileId(), false); // a pasted token names no user
    return m_session->setTokens(accessToken, refreshToken, 0);
}

AuthReply *Connection::signOut()
{
    m_pendingEmail.clear();
    forgetUser(m_session->profileId(), false);
    AuthReply *reply = m_session->signOut();
    Q_EMIT changed();
    return reply;
}

bool Connection::use(const QString &profileId)
{
    return m_profiles->use(profileId);
}

void Connection::forgetTokens(const QString &profileId)
{
    m_forgetting.insert(profileId);
    SecretReply *removal = AuthSession::forgetProfile(m_secrets, profileId);
    connect(removal, &SecretReply::finished, this,
            [this, profileId] { m_forgetting.remove(profileId); });
}

bool Connection::removeProfile(const QString &profileId)
{
    if (!m_profiles->remove(profileId))
        return false;
    forgetTokens(profileId);
    forgetUser(profileId, true);
    return true;
}

bool Connection::updateProfile(const ConnectionProfile &profile, QString *error)
{
    const ConnectionProfile before = m_profiles->profile(profile.id);
    const bool moved = before.id == profile.id && baseUrl(before) != baseUrl(profile);
    // Set first: the update moves the session, which must not restore the
    // old service's tokens to send them to the new address.
    if (moved)
        m_forgetting.insert(profile.id);
    if (!m_profiles->update(profile, error)) {
        if (moved)
            m_forgetting.remove(profile.id);
        return false;
    }
    if (moved) {
        forgetUser(profile.id, false);
        forgetTokens(profile.id);
        Q_EMIT changed();
    }
    return true;
}

} // namespace invsync
