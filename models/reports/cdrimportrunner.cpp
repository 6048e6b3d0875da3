#include "cdrimportrunner.h"

#include "db/database.h"

#include <QThread>

CdrImportRunner::CdrImportRunner(QObject *parent) : QObject(parent) {}

CdrImportRunner::~CdrImportRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool CdrImportRunner::start(const DatabaseLocation &location, const Account &account, AccessRole role, const QString &path)
{
    if (m_running)
        return false;
    if (m_thread) { // the previous import's thread has ended (its end was reported)
        m_thread->wait();
        delete m_thread;
    }
    m_running = true;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    m_thread = QThread::create([this, cancelled, location, account, role, path] {
        // Posted to the runner's thread (the destructor waits for this thread, and Qt drops what is
        // still queued for a deleted runner).
        const auto post = [this](auto deliver) {
            QMetaObject::invokeMethod(this, [this, deliver] { deliver(this); }, Qt::QueuedConnection);
        };
        Result<CdrImporter::Summary> result = CdrImporter::Summary{};
        Database database;
        if (auto opened = database.openOnly(location); !opened) {
            result = opened.error();
        } else {
            int reported = -1;
            result = CdrImporter(database.connection(), account, role).importFile(path, [&](int percent) {
                if (percent != reported) {
                    reported = percent;
                    post([percent](CdrImportRunner *runner) { emit runner->progress(percent); });
                }
                return !cancelled->load();
            });
        }
        database.close();
        post([result](CdrImportRunner *runner) {
            runner->m_running = false;
            if (result)
                emit runner->imported(result.value());
            else
                emit runner->failed(result.errorMessage());
        });
    });
    m_thread->setObjectName(QStringLiteral("CdrImportRunner"));
    m_thread->start();
    return true;
}

void CdrImportRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}
