#include "reportcalculator.h"

#include "db/database.h"

#include <QPointer>
#include <QThread>

struct ReportCalculator::Job
{
    DatabaseLocation location;
    Account account;
    ReportQuery query;
    ReportQuery heatmapQuery;
    bool heatmapOnly = false;
    std::atomic<bool> abandoned{false};
};

ReportCalculator::ReportCalculator(QObject *parent) : QObject(parent) {}

ReportCalculator::~ReportCalculator()
{
    abandon();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ReportCalculator::abandon()
{
    if (m_job)
        m_job->abandoned = true;
    m_job.reset();
    m_running = false;
}

void ReportCalculator::start(const DatabaseLocation &location, const Account &account, const ReportQuery &query,
                             const ReportQuery &heatmapQuery)
{
    auto job = std::make_shared<Job>();
    job->location = location;
    job->account = account;
    job->query = query;
    job->heatmapQuery = heatmapQuery;
    launch(job);
}

void ReportCalculator::startHeatmap(const DatabaseLocation &location, const Account &account, const ReportQuery &heatmapQuery)
{
    auto job = std::make_shared<Job>();
    job->location = location;
    job->account = account;
    job->heatmapQuery = heatmapQuery;
    job->heatmapOnly = true;
    launch(job);
}

void ReportCalculator::launch(const std::shared_ptr<Job> &job)
{
    abandon();
    m_job = job;
    m_running = true;
    QThread *thread = QThread::create([this, job] { run(job); });
    thread->setObjectName(QStringLiteral("ReportCalculator"));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

template<typename Deliver>
void ReportCalculator::deliver(const std::shared_ptr<Job> &job, Deliver deliverInOwnThread)
{
    QMetaObject::invokeMethod(
        this,
        [this, job, deliverInOwnThread] {
            if (job->abandoned || job != m_job)
                return;
            deliverInOwnThread();
        },
        Qt::QueuedConnection);
}

// Runs in the worker thread: its own connection, one query per part, results posted back.
void ReportCalculator::run(const std::shared_ptr<Job> &job)
{
    Database database;
    const auto fail = [this, job](const QString &message) {
        deliver(job, [this, message] {
            m_running = false;
            emit failed(message);
            emit done();
        });
    };
    if (auto opened = database.openOnly(job->location); !opened)
        return fail(opened.errorMessage());
    const ReportRepository repository(database.connection(), job->account);

    if (job->heatmapOnly) {
        auto perHour = repository.perWeekdayAndHour(job->heatmapQuery);
        if (!perHour)
            return fail(perHour.errorMessage());
        deliver(job, [this, perHour = perHour.value()] {
            m_running = false;
            emit heatmapReady(perHour);
            emit done();
        });
        return;
    }

    auto totals = repository.totals(job->query);
    if (!totals)
        return fail(totals.errorMessage());
    deliver(job, [this, totals = totals.value()] { emit totalsReady(totals); });
    if (job->abandoned)
        return;

    if (job->query.grouping != ReportQuery::Grouping::None) {
        auto groups = repository.groups(job->query);
        if (!groups)
            return fail(groups.errorMessage());
        deliver(job, [this, groups = groups.value()] { emit groupsReady(groups); });
        if (job->abandoned)
            return;
    }

    ReportQuery missed = job->query;
    missed.type = ReportQuery::CallType::Missed;
    missed.grouping = ReportQuery::Grouping::None;
    auto perDay = repository.perDayAndNumber(missed);
    if (!perDay)
        return fail(perDay.errorMessage());
    if (job->abandoned)
        return;
    auto perHour = repository.perWeekdayAndHour(job->heatmapQuery);
    if (!perHour)
        return fail(perHour.errorMessage());
    deliver(job, [this, perDay = perDay.value(), perHour = perHour.value()] {
        m_running = false;
        emit chartsReady(perDay, perHour);
        emit done();
    });
}
