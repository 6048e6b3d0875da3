#pragma once

#include "cdrimporter.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "db/databaselocation.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Runs a CdrImporter on a worker thread with its own database connection, so that File → Import Calls…
// keeps the window painting (and its Cancel button answering) through a million-row file, including
// the seconds SQLite spends writing the indexes and committing, when no progress can be reported.
// One import at a time; its progress and its end are reported in the thread that owns the runner.
class CdrImportRunner final : public QObject
{
    Q_OBJECT

public:
    explicit CdrImportRunner(QObject *parent = nullptr);
    ~CdrImportRunner() override; // cancels the running import (nothing is written) and waits for it

    // Imports path into account on a connection of its own to location. False (and nothing started)
    // while another import runs.
    bool start(const DatabaseLocation &location, const Account &account, AccessRole role, const QString &path);
    // Asks the running import to stop: it rolls back at its next progress step and reports failed
    // with a message saying so; nothing is written.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent); // 0–100
    // The end of an import: one of the two.
    void imported(const CdrImporter::Summary &summary);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
};
