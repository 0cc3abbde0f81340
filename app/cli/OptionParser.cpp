#include "cli/OptionParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace invsync {

namespace {

QString spelled(const QString &name)
{
    return name.size() == 1 ? u"-"_s + name : u"--"_s + name;
}

} // namespace

OptionParser::OptionParser(std::vector<OptionSpec> specs) : m_specs(std::move(specs)) {}

const OptionSpec *OptionParser::find(QStringView name) const
{
    for (const OptionSpec &spec : m_specs) {
        for (const QString &n : spec.names) {
            if (n == name)
                return &spec;
        }
    }
    return nullptr;
}

bool OptionParser::parse(const QStringList &arguments)
{
    m_values.clear();
    m_positional.clear();
    m_error.clear();

    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        // "-" alone is the conventional name of stdin: a positional argument.
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            m_positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }

        QString name;
        QString inlineValue;
        bool hasInlineValue = false;
        if (arg.startsWith(u"--")) {
            const qsizetype eq = arg.indexOf(u'=');
            name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            if (eq >= 0) {
                inlineValue = arg.mid(eq + 1);
                hasInlineValue = true;
            }
            // A single letter written as --q is still the short option's
            // spelling mistake, not a long option; keep names as declared.
            if (name.size() == 1)
                name.clear();
        } else {
            name = arg.mid(1);
            if (name.size() != 1)
                name.clear(); // combined short options (-qj) are not supported
        }

        const OptionSpec *spec = name.isEmpty() ? nullptr : find(name);
        if (!spec) {
            m_error = tr("unknown option %1").arg(arg);
            return false;
        }
        const QString key = spec->names.constLast();
        if (spec->valueName.isEmpty()) {
            if (hasInlineValue) {
                m_error = tr("option %1 takes no value").arg(spelled(key));
                return false;
            }
            m_values.insert(key, QString());
            continue;
        }
        if (hasInlineValue) {
            m_values.insert(key, inlineValue);
        } else if (i + 1 < arguments.size()) {
            m_values.insert(key, arguments.at(++i));
        } else {
            m_error = tr("option %1 needs a value (%2)").arg(spelled(key), spec->valueName);
            return false;
        }
    }
    return true;
}

bool OptionParser::isSet(const QString &name) const
{
    const OptionSpec *spec = find(name);
    return spec && m_values.contains(spec->names.constLast());
}

QString OptionParser::value(const QString &name) const
{
    const OptionSpec *spec = find(name);
    return spec ? m_values.value(spec->names.constLast()) : QString();
}

QString OptionParser::formatHelp(const std::vector<OptionSpec> &specs)
{
    QStringList left;
    qsizetype width = 0;
    for (const OptionSpec &spec : specs) {
        QStringList spellings;
        for (const QString &n : spec.names)
            spellings.append(spelled(n));
        QString text = spellings.join(u", "_s);
        // Long-only options line up with the long names of those that have a short one.
        if (spec.names.constFirst().size() > 1)
            text.prepend(u"    "_s);
        if (!spec.valueName.isEmpty())
            text += u' ' + spec.valueName;
        width = std::max(width, text.size());
        left.append(text);
    }
    QString result;
    for (size_t i = 0; i < specs.size(); ++i) {
        // Continuation lines of a long description stay in the description column.
        QString description = specs[i].description;
        description.replace(u'\n', u'\n' + QString(width + 4, u' '));
        result +=
            u"  "_s + left.at(qsizetype(i)).leftJustified(width) + u"  "_s + description + u'\n';
    }
    return result;
}

} // namespace invsync
