#pragma once

// s3rver (npm) behind s3rver_launcher.js's Signature V4 check, on a free
// loopback port, with one bucket, for the tests that need an S3 endpoint.

#include "hosting/S3Uploader.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace invsync::test {

class S3rverProcess
{
public:
    static constexpr QLatin1StringView Bucket{"invsync-test"};
    static constexpr QLatin1StringView AccessKey{"S3RVER"};
    static constexpr QLatin1StringView Secret{"S3RVER"};

    // Why the tests cannot run here, or empty when they can (a visible QSKIP).
    static QString unavailable()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is not installed: the tests against s3rver do not "
                                  "run. Install Node.js (and npm) to run them.");
        return {};
    }
    // Empty when s3rver is installed; else what is wrong (a failure, not a skip).
    static QString missingModules()
    {
        const QString modules = QString::fromUtf8(INVSYNC_S3RVER_MODULES);
        if (QFileInfo::exists(modules + QStringLiteral("/s3rver/package.json")))
            return {};
        return QStringLiteral("s3rver is missing from %1; the tst_s3upload_install test "
                              "installs it (ctest -R tst_s3upload runs both).")
            .arg(modules);
    }

    // Starts the server; an error message, or empty on success.
    QString start()
    {
        if (!m_data.isValid())
            return QStringLiteral("no temporary directory");
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                        {QString::fromUtf8(INVSYNC_S3RVER_LAUNCHER),
                         QString::fromUtf8(INVSYNC_S3RVER_MODULES), m_data.path(),
                         QString(Bucket)});
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        QByteArray out;
        const bool started = QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                return out.contains('\n') || m_process.state() == QProcess::NotRunning;
            },
            20000);
        if (!started || !out.startsWith("PORT "))
            return QString::fromUtf8(out + m_process.readAllStandardError());
        m_port = quint16(out.mid(5).trimmed().toUInt());
        return m_port ? QString() : QStringLiteral("no port");
    }

    ~S3rverProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // the launcher stops when stdin ends
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }

    S3Settings settings() const
    {
        S3Settings s;
        s.endpoint.setScheme(QStringLiteral("http"));
        s.endpoint.setHost(QStringLiteral("127.0.0.1"));
        s.endpoint.setPort(m_port);
        s.region = QStringLiteral("us-east-1");
        s.bucket = QString(Bucket);
        s.keyPrefix = QStringLiteral("feeds/");
        s.addressing = S3Settings::Addressing::PathStyle;
        s.accessKeyId = QString(AccessKey);
        return s;
    }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace invsync::test
