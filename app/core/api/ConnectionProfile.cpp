#include "api/ConnectionProfile.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

const QString GroupKey = u"Connections"_s;
const QString ProfilesKey = u"Profiles"_s;
const QString ActiveKey = u"Active"_s;

} // namespace

QUrl ConnectionProfile::baseUrl(const QUrl &sandboxUrl) const
{
    switch (kind) {
    case Kind::ShipHero:
        return shipHeroUrl();
    case Kind::Sandbox:
        return sandboxUrl;
    case Kind::Custom:
        return customUrl;
    }
    return {};
}

QString ConnectionProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ShipHero:
        return u"shiphero"_s;
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::Custom:
        return u"custom"_s;
    }
    return {};
}

bool ConnectionProfile::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::ShipHero, Kind::Sandbox, Kind::Custom}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

ConnectionProfiles::ConnectionProfiles(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    reload();
}

QList<ConnectionProfile> ConnectionProfiles::defaults()
{
    return {
        {QString(ShipHeroId), u"ShipHero"_s, ConnectionProfile::Kind::ShipHero, {}},
        {QString(SandboxId), u"Sandbox"_s, ConnectionProfile::Kind::Sandbox, {}},
    };
}

void ConnectionProfiles::reload()
{
    m_profiles.clear();
    m_settings->beginGroup(GroupKey);
    const int count = m_settings->beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = m_settings->value(u"id"_s).toString();
        profile.name = m_settings->value(u"name"_s).toString();
        profile.customUrl = QUrl(m_settings->value(u"url"_s).toString());
        // A profile written by a newer version or edited by hand is skipped, not guessed at.
        if (!ConnectionProfile::kindFromName(m_settings->value(u"kind"_s).toString(),
                                             &profile.kind) ||
            profile.id.isEmpty() || contains(profile.id))
            continue;
        m_profiles.append(profile);
    }
    m_settings->endArray();
    m_activeId = m_settings->value(ActiveKey).toString();
    m_settings->endGroup();
    if (m_profiles.isEmpty())
        m_profiles = defaults();
    if (!contains(m_activeId))
        m_activeId = contains(SandboxId) ? QString(SandboxId) : m_profiles.first().id;
}

void ConnectionProfiles::save()
{
    m_settings->beginGroup(GroupKey);
    m_settings->remove(ProfilesKey);
    m_settings->beginWriteArray(ProfilesKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, profile.id);
        m_settings->setValue(u"name"_s, profile.name);
        m_settings->setValue(u"kind"_s, ConnectionProfile::kindName(profile.kind));
        if (profile.kind == ConnectionProfile::Kind::Custom)
            m_settings->setValue(u"url"_s, profile.customUrl.toString());
    }
    m_settings->endArray();
    m_settings->setValue(ActiveKey, m_activeId);
    m_settings->endGroup();
    m_settings->sync();
}

bool ConnectionProfiles::contains(const QString &id) const
{
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                       [&id](const ConnectionProfile &p) { return p.id == id; });
}

ConnectionProfile ConnectionProfiles::profile(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return {};
}

bool ConnectionProfiles::check(const ConnectionProfile &profile, QString *error) const
{
    QString problem;
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        problem = tr("Give the connection a name.");
    } else if (std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const ConnectionProfile &p) {
                   return p.id != profile.id && p.name.compare(name, Qt::CaseInsensitive) == 0;
               })) {
        problem = tr("There is already a connection named \"%1\".").arg(name);
    } else if (profile.kind == ConnectionProfile::Kind::Custom) {
        const QUrl &url = profile.customUrl;
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            problem = tr("\"%1\" is not a web address; enter one such as "
                         "https://example.com or http://127.0.0.1:8080.")
                          .arg(url.toDisplayString());
        else if (!url.userInfo().isEmpty())
            // A password in the URL would end up in the settings file.
            problem = tr("Leave the user name and password out of the address; "
                         "sign in after saving the connection.");
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QString ConnectionProfiles::add(ConnectionProfile profile, QString *error)
{
    profile.name = profile.name.trimmed();
    if (profile.id.isEmpty() || contains(profile.id))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!check(profile, error))
        return {};
    m_profiles.append(profile);
    save();
    Q_EMIT changed();
    return profile.id;
}

bool ConnectionProfiles::update(const ConnectionProfile &changedProfile, QString *error)
{
    ConnectionProfile profile = changedProfile;
    profile.name = profile.name.trimmed();
    if (!check(profile, error))
        return false;
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            save();
            Q_EMIT changed();
            return true;
        }
    }
    if (error)
        *error = tr("That connection no longer exists.");
    return false;
}

bool ConnectionProfiles::remove(const QString &id)
{
    if (m_profiles.size() <= 1 || !contains(id))
        return false;
    m_profiles.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    const bool wasActive = m_activeId == id;
    if (wasActive)
        m_activeId = m_profiles.first().id;
    save();
    Q_EMIT changed();
    if (wasActive)
        Q_EMIT activeChanged(m_activeId);
    return true;
}

bool ConnectionProfiles::use(const QString &id)
{
    if (!contains(id))
        return false;
    if (m_activeId == id)
        return true;
    m_activeId = id;
    save();
    Q_EMIT activeChanged(id);
    return true;
}

} // namespace invsync
