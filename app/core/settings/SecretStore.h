#pragma once

#include "common/AsyncReply.h"

#include <QObject>
#include <QString>

namespace invsync {

// What became of one secret-store operation. `value` is only set by a
// successful read; `message` is for people and never contains the secret.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored under the key (a read or a remove)
        Unavailable, // no keychain service is running on this computer
        Failed,      // the keychain refused or broke; see message
        Cancelled,
    };

    Status status = Status::Ok;
    QString value;
    QString message;
    bool inMemoryOnly = false; // stored, but only until the application quits

    bool ok() const { return status == Status::Ok; }
};

// The answer to one secret-store request. It always finishes asynchronously
// (so a caller can connect after the call) and deletes itself afterwards.
class SecretReply : public AsyncReply
{
    Q_OBJECT

public:
    explicit SecretReply(QObject *parent = nullptr);

    // For stores: delivers the result on the next event loop turn.
    void finish(const SecretResult &result);

Q_SIGNALS:
    void finished(const invsync::SecretResult &result);
};

// Where tokens live: the OS keychain in the application, memory in tests.
// Secrets never go to QSettings, a log line or an error message.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretReply *read(const QString &key) = 0;
    virtual SecretReply *write(const QString &key, const QString &secret) = 0;
    virtual SecretReply *remove(const QString &key) = 0;

    // Secrets of one connection profile are kept apart from the others'.
    static QString profileKey(const QString &profileId, const QString &name);
};

} // namespace invsync
