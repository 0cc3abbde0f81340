#pragma once

#include <QObject>

#include <functional>

namespace invsync {

// The life of an asynchronous answer, shared by every reply object (secret
// store, sign-in, and the network replies to come): the result is delivered
// once, on the next event-loop turn (so a caller can connect after the call
// returned), never after cancel(), and the reply deletes itself afterwards.
// Subclasses declare their own finished(Result) signal and emit it from the
// function they hand to deliver().
class AsyncReply : public QObject
{
    Q_OBJECT

public:
    // The caller lost interest: finished() is not emitted.
    void cancel();
    bool isFinished() const { return m_finishing || m_cancelled; }

protected:
    explicit AsyncReply(QObject *parent = nullptr);
    // Runs emitFinished on the next event-loop turn unless cancelled by then;
    // only the first call counts.
    void deliver(std::function<void()> emitFinished);
    // Stops whatever work is under way (e.g. aborts a network request).
    virtual void abortWork() { }

private:
    bool m_finishing = false; // a result is on its way
    bool m_delivered = false;
    bool m_cancelled = false;
};

} // namespace invsync
