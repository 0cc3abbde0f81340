#pragma once

#include "ApiTestSupport.h"

#include "gui/Connection.h"
#include "history/HistoryStore.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace invsync::test {

// What a window test against the embedded sandbox needs: fresh settings, the
// sandbox on an ephemeral loopback port with the demo account, a loopback
// file server for the CSVs batches download, a connection signed in as the
// demo user, and an upload history; each run in its own files under `dir`.
struct SandboxWindowFixture
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<FileServer> files;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<HistoryStore> history;

    // False, with the reason in `problem`, when a part could not start.
    bool start(const QTemporaryDir &dir, const SandboxConfig &config, QString *problem)
    {
        static int run = 0;
        ++run;
        Settings::createInstance(dir.filePath(u"settings-%1.ini"_s.arg(run)));
        settings = std::make_unique<QSettings>(dir.filePath(u"connections-%1.ini"_s.arg(run)),
                                               QSettings::IniFormat);
        server = std::make_unique<SandboxServer>(config);
        server->service().setState(DemoData::create());
        if (server->listen() == 0) {
            *problem = u"the sandbox could not listen on 127.0.0.1"_s;
            return false;
        }
        files = std::make_unique<FileServer>();
        connection =
            std::make_unique<Connection>(settings.get(), new MemorySecretStore, server->baseUrl());
        history = std::make_unique<HistoryStore>();
        const HistoryStore::OpenResult opened =
            history->open(dir.filePath(u"history-%1.sqlite"_s.arg(run)));
        if (!opened.ok) {
            *problem = opened.message;
            return false;
        }
        if (!waitSignedIn(connection->signIn(DemoData::username(), DemoData::password()))) {
            *problem = u"the demo user could not sign in"_s;
            return false;
        }
        return true;
    }

    // The window using them must be gone first.
    void reset()
    {
        connection.reset();
        history.reset();
        settings.reset();
        files.reset();
        server.reset();
    }
};

} // namespace invsync::test
