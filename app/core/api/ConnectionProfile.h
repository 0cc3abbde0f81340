#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QSettings;

namespace invsync {

// One place the client can talk to. Non-secret data only: tokens are kept
// in the secret store under SecretStore::profileKey(id, ...).
struct ConnectionProfile
{
    enum class Kind {
        ShipHero, // the public service
        Sandbox,  // the emulator embedded in the application (its URL is known when it runs)
        Custom,   // any base URL: a standalone sandbox, a proxy
    };

    QString id;
    QString name;
    Kind kind = Kind::Sandbox;
    QUrl customUrl; // Custom only

    static QUrl shipHeroUrl() { return QUrl(QStringLiteral("https://public-api.shiphero.com")); }

    // The base URL requests go to; the running sandbox's for Sandbox.
    QUrl baseUrl(const QUrl &sandboxUrl = {}) const;

    static QString kindName(Kind kind); // stable, for settings
    static bool kindFromName(const QString &name, Kind *kind);

    bool operator==(const ConnectionProfile &) const = default;
};

// The named profiles, one of them active, kept in the application's settings.
// The defaults on first start are "ShipHero" and "Sandbox", with Sandbox active.
class ConnectionProfiles : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned; the application passes its QSettings, tests an INI file.
    explicit ConnectionProfiles(QSettings *settings, QObject *parent = nullptr);

    static constexpr QLatin1StringView ShipHeroId{"shiphero"};
    static constexpr QLatin1StringView SandboxId{"sandbox"};

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    bool contains(const QString &id) const;
    ConnectionProfile profile(const QString &id) const;
    ConnectionProfile active() const { return profile(m_activeId); }
    QString activeId() const { return m_activeId; }

    // Adds a profile (a new id is made when it has none) and returns its id;
    // empty with *error set when the name or URL is not usable.
    QString add(ConnectionProfile profile, QString *error = nullptr);
    bool update(const ConnectionProfile &profile, QString *error = nullptr);
    // The last profile cannot be removed; removing the active one activates
    // the first that remains. The caller forgets the profile's secrets.
    bool remove(const QString &id);
    bool use(const QString &id);

    void reload();

Q_SIGNALS:
    void changed();
    void activeChanged(const QString &id);

private:
    bool check(const ConnectionProfile &profile, QString *error) const;
    void save();
    static QList<ConnectionProfile> defaults();

    QSettings *m_settings;
    QList<ConnectionProfile> m_profiles;
    QString m_activeId;
};

} // namespace invsync
