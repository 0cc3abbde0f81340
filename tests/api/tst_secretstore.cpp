// The secret stores: memory, and the fallback to memory when the keychain
// service is not running (simulated; no test needs a real keychain).

#include "settings/FallbackSecretStore.h"
#include "settings/KeychainSecretStore.h"
#include "settings/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace invsync;

namespace {

// Waits for one reply of a store; the reply always finishes asynchronously.
SecretResult wait(SecretReply *reply)
{
    SecretResult result;
    bool done = false;
    QObject::connect(reply, &SecretReply::finished, reply, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        result.status = SecretResult::Status::Cancelled;
    return result;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoryReadWriteRemove();
    void memoryAnswersAsynchronously();
    void cancelledReplyStaysSilent();
    void profileKeysAreSeparate();
    void fallbackUsesPrimaryWhenAvailable();
    void fallbackKeepsSecretsInMemoryWhenKeychainIsMissing();
    void keychainWithoutServiceIsUnavailable();
};

void TestSecretStore::initTestCase()
{
#ifdef Q_OS_LINUX
    // A session bus that cannot exist: no test touches the user's keychain,
    // and the keychain store meets the "no service running" case for real.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/invsync-test-bus");
#endif
}

void TestSecretStore::memoryReadWriteRemove()
{
    MemorySecretStore store;
    QCOMPARE(wait(store.read(u"k"_s)).status, SecretResult::Status::NotFound);
    QVERIFY(wait(store.write(u"k"_s, u"s3cret"_s)).ok());
    const SecretResult read = wait(store.read(u"k"_s));
    QVERIFY(read.ok());
    QCOMPARE(read.value, u"s3cret"_s);
    QVERIFY(wait(store.write(u"k"_s, u"other"_s)).ok());
    QCOMPARE(wait(store.read(u"k"_s)).value, u"other"_s);
    QVERIFY(wait(store.remove(u"k"_s)).ok());
    QCOMPARE(wait(store.remove(u"k"_s)).status, SecretResult::Status::NotFound);
    QCOMPARE(wait(store.read(u"k"_s)).status, SecretResult::Status::NotFound);
}

void TestSecretStore::memoryAnswersAsynchronously()
{
    MemorySecretStore store;
    SecretReply *reply = store.write(u"k"_s, u"v"_s);
    QSignalSpy finished(reply, &SecretReply::finished);
    QCOMPARE(finished.size(), 0); // a caller can still connect
    QVERIFY(finished.wait(1000));
}

void TestSecretStore::cancelledReplyStaysSilent()
{
    MemorySecretStore store;
    SecretReply *reply = store.read(u"k"_s);
    QPointer<SecretReply> guard(reply);
    QSignalSpy finished(reply, &SecretReply::finished);
    reply->cancel();
    QTRY_VERIFY(!guard);
    QCOMPARE(finished.size(), 0);
}

void TestSecretStore::profileKeysAreSeparate()
{
    QVERIFY(SecretStore::profileKey(u"a"_s, u"tokens"_s) !=
            SecretStore::profileKey(u"b"_s, u"tokens"_s));
    MemorySecretStore store;
    QVERIFY(wait(store.write(SecretStore::profileKey(u"a"_s, u"tokens"_s), u"x"_s)).ok());
    QCOMPARE(wait(store.read(SecretStore::profileKey(u"b"_s, u"tokens"_s))).status,
             SecretResult::Status::NotFound);
}

void TestSecretStore::fallbackUsesPrimaryWhenAvailable()
{
    auto *primary = new MemorySecretStore;
    FallbackSecretStore store(primary);
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
    QVERIFY(wait(store.write(u"k"_s, u"v"_s)).ok());
    QVERIFY(primary->contains(u"k"_s));
    QCOMPARE(wait(store.read(u"k"_s)).value, u"v"_s);
    QVERIFY(wait(store.remove(u"k"_s)).ok());
    QVERIFY(!primary->contains(u"k"_s));
    QVERIFY(!store.isUsingMemory());
    QCOMPARE(unavailable.size(), 0);
}

void TestSecretStore::fallbackKeepsSecretsInMemoryWhenKeychainIsMissing()
{
    auto *primary = new MemorySecretStore;
    primary->setAvailable(false);
    FallbackSecretStore store(primary);
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);

    const SecretResult written = wait(store.write(u"k"_s, u"the-secret"_s));
    QVERIFY(written.ok());
    QVERIFY(written.inMemoryOnly);
    QVERIFY(store.isUsingMemory());
    QCOMPARE(unavailable.size(), 1);
    const QString notice = unavailable.first().first().toString();
    QVERIFY(notice.contains(u"keychain"_s));
    QVERIFY(!notice.contains(u"the-secret"_s));
    QCOMPARE(primary->size(), 0);

    const SecretResult read = wait(store.read(u"k"_s));
    QVERIFY(read.ok());
    QCOMPARE(read.value, u"the-secret"_s);
    QVERIFY(wait(store.remove(u"k"_s)).ok());
    QCOMPARE(wait(store.read(u"k"_s)).status, SecretResult::Status::NotFound);
    QCOMPARE(unavailable.size(), 1); // said once, not on every operation
}

void TestSecretStore::keychainWithoutServiceIsUnavailable()
{
#ifndef Q_OS_LINUX
    QSKIP("Only Linux keychains can be made unreachable from a test");
#endif
    KeychainSecretStore keychain(u"InvSyncTest"_s);
    const SecretResult written = wait(keychain.write(u"k"_s, u"the-secret"_s));
    QCOMPARE(written.status, SecretResult::Status::Unavailable);
    QVERIFY(!written.message.isEmpty());
    QVERIFY(!written.message.contains(u"the-secret"_s));

    FallbackSecretStore store(new KeychainSecretStore(u"InvSyncTest"_s));
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
    const SecretResult stored = wait(store.write(u"k"_s, u"the-secret"_s));
    QVERIFY(stored.ok());
    QVERIFY(stored.inMemoryOnly);
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(wait(store.read(u"k"_s)).value, u"the-secret"_s);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
