#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace invsync {

// Writes compact JSON with keys in the order they are written. QJsonObject
// sorts its keys, but `--json` output is a documented, stable shape whose
// key order scripts and people rely on, and a million issues are cheaper to
// stream than to build as a QJsonDocument first.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void nullValue();

    const QString &text() const { return m_text; }
    QString take() { return std::move(m_text); }

    static QString quoted(QStringView text); // a JSON string literal

private:
    void separate();

    QString m_text;
    std::vector<bool> m_needsComma; // per open object or array
    bool m_afterKey = false;
};

} // namespace invsync
