#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace invsync {

struct OptionSpec
{
    QStringList names;   // "json", or {"q", "quiet"}: one letter means -q, longer means --quiet
    QString valueName;   // empty: a flag; otherwise the option takes a value ("NAME")
    QString description; // translated, for --help
};

// A small getopt_long-style parser for a command's arguments: --name,
// --name=value, --name value, -x, and "--" to end the options. Written
// rather than QCommandLineParser so that errors and help follow the
// subcommand layout ("invsync validate: ...") and our translations.
class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)

public:
    explicit OptionParser(std::vector<OptionSpec> specs);

    // False when an option is unknown or lacks its value; errorText() says which.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    bool isSet(const QString &name) const;
    QString value(const QString &name) const; // the last one given; empty when not given
    QStringList positional() const { return m_positional; }

    // The options as aligned help lines ("  -q, --quiet      Print only errors").
    static QString formatHelp(const std::vector<OptionSpec> &specs);

private:
    const OptionSpec *find(QStringView name) const;

    std::vector<OptionSpec> m_specs;
    QHash<QString, QString> m_values; // primary name -> value ("" for flags)
    QStringList m_positional;
    QString m_error;
};

} // namespace invsync
