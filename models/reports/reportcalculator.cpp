#include "reportcalculator.h"

#include "reportdocument.h"

#include "db/database.h"
#include "db/queryinterrupter.h"

#include <QPointer>
#include <QScopeGuard>
#include <QThread>

#include <mutex>

struct ReportCalculator::Job
{
    enum class Kind { Report, Heatmap, Document, Pdf };
    Kind kind = Kind::Report;
    DatabaseLocation location;
    Account account;
    ReportQuery query;
    ReportQuery heatmapQuery;
    QImage chart;
    std::optional<ReportTotals> totals;
    QString path;
    std::atomic<bool> abandoned{false};
    // Held by abandon() while it marks the job, and by the worker from its last look at `abandoned`
    // until the PDF file is in place: a PDF is either written before the job was abandoned, or never.
    std::mutex commit;
    // Stops the worker's running query when the job is abandoned (seconds on a big account otherwise).
    QueryInterrupter interrupter;
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
    if (m_job) {
        {
            const std::lock_guard lock(m_job->commit);
            m_job->abandoned = true;
        }
        m_job->interrupter.interrupt(); // the query under way fails; the worker sees `abandoned` and stops
    }
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
    job->kind = Job::Kind::Heatmap;
    job->location = location;
    job->account = account;
    job->heatmapQuery = heatmapQuery;
    launch(job);
}

void ReportCalculator::startDocument(const DatabaseLocation &location, const Account &account, const ReportQuery &query,
                                     const QImage &chart, const std::optional<ReportTotals> &totals)
{
    startPdf(location, account, query, chart, totals, QString());
}

void ReportCalculator::startPdf(const DatabaseLocation &location, const Account &account, const ReportQuery &query, const QImage &chart,
                                const std::optional<ReportTotals> &totals, const QString &path)
{
    auto job = std::make_shared<Job>();
    job->kind = path.isEmpty() ? Job::Kind::Document : Job::Kind::Pdf;
    job->location = location;
    job->account = account;
    job->query = query;
    job->chart = chart;
    job->totals = totals;
    job->path = path;
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

namespace {

// The routing coverage drawn over the heatmap: its number's, when it shows one number.
Result<std::optional<RoutingCoverage::Grid>> coverageOf(const Database &database, const Account &account, const ReportQuery &heatmapQuery)
{
    if (heatmapQuery.dids.size() != 1)
        return std::optional<RoutingCoverage::Grid>();
    auto grid = RoutingCoverage::forNumber(database.connection(), account.id, heatmapQuery.dids.first());
    if (!grid)
        return grid.error();
    return std::optional<RoutingCoverage::Grid>(grid.value());
}

} // namespace

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
    job->interrupter.attach(database.connection());
    const auto detach = qScopeGuard([job] { job->interrupter.detach(); }); // before the connection closes
    if (job->abandoned)
        return; // abandoned while the connection opened: interrupt() came before attach()
    const ReportRepository repository(database.connection(), job->account);

    if (job->kind == Job::Kind::Document || job->kind == Job::Kind::Pdf)
        return runDocument(job, repository);

    if (job->kind == Job::Kind::Heatmap) {
        auto perHour = repository.perWeekdayAndHour(job->heatmapQuery);
        if (!perHour)
            return fail(perHour.errorMessage());
        auto coverage = coverageOf(database, job->account, job->heatmapQuery);
        if (!coverage)
            return fail(coverage.errorMessage());
        deliver(job, [this, perHour = perHour.value(), coverage = coverage.value()] {
            m_running = false;
            emit heatmapReady(perHour, coverage);
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
    auto coverage = coverageOf(database, job->account, job->heatmapQuery);
    if (!coverage)
        return fail(coverage.errorMessage());
    deliver(job, [this, perDay = perDay.value(), perHour = perHour.value(), coverage = coverage.value()] {
        m_running = false;
        emit chartsReady(perDay, perHour, coverage);
        emit done();
    });
}

// The printable report on the worker: read, built, and for a PDF laid out page by page and written.
// Every step and page reports its progress and stops when the job was abandoned meanwhile.
void ReportCalculator::runDocument(const std::shared_ptr<Job> &job, const ReportRepository &repository)
{
    const bool toPdf = job->kind == Job::Kind::Pdf;
    const auto fail = [this, job](const Error &error) {
        if (job->abandoned)
            return; // cancelled: the GUI knows
        deliver(job, [this, message = error.message] {
            m_running = false;
            emit failed(message);
            emit done();
        });
    };
    int reported = -1;
    const auto progressTo = [this, job, &reported](int from, int to) -> ReportDocument::Progress {
        return [this, job, &reported, from, to](int percent) {
            const int whole = from + (to - from) * percent / 100;
            if (whole != reported) { // a few dozen deliveries, not one per page of a long PDF
                reported = whole;
                deliver(job, [this, whole] { emit progress(whole); });
            }
            return !job->abandoned;
        };
    };
    auto document = ReportDocument::build(repository, job->query, job->chart, job->totals, progressTo(0, toPdf ? 40 : 100));
    if (!document)
        return fail(document.error());
    if (!toPdf) {
        // Handed to the calculator's thread, where the preview paints it.
        std::shared_ptr<QTextDocument> built(document.value().release());
        built->moveToThread(thread());
        deliver(job, [this, built] {
            m_running = false;
            emit documentReady(built);
            emit done();
        });
        return;
    }
    const auto bytes = ReportDocument::pdf(*document.value(), ReportDocument::title(job->account), progressTo(40, 100));
    if (!bytes)
        return fail(bytes.error());
    std::unique_lock committing(job->commit, std::defer_lock);
    const auto saved = ReportDocument::save(job->path, bytes.value(), [&] {
        committing.lock();
        return !job->abandoned;
    });
    if (!saved)
        return fail(saved.error());
    deliver(job, [this, path = job->path] {
        m_running = false;
        emit pdfWritten(path);
        emit done();
    });
}
