#pragma once

#include "reportgroup.h"
#include "reportquery.h"
#include "reportrepository.h"
#include "reporttotals.h"
#include "routingcoverage.h"

#include "accounts/account.h"
#include "db/databaselocation.h"

#include <QDate>
#include <QImage>
#include <QMap>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTextDocument;
class QThread;

// Computes what a report needs beyond its first page — the totals over the whole result, the groups,
// and the missed-calls series of the charts — on a worker thread with its own database connection,
// so the call list appears at once and the window stays responsive while millions of calls are summed.
// Each part is reported as soon as it is ready, in the thread that owns the calculator. Starting a new
// calculation abandons the previous one: its remaining parts are never reported.
// The printable report (ReportDocument) is read, built and written to PDF the same way, so that
// Export PDF… and Print… neither freeze the window nor write a file after they were cancelled.
class ReportCalculator final : public QObject
{
    Q_OBJECT

public:
    explicit ReportCalculator(QObject *parent = nullptr);
    ~ReportCalculator() override; // waits for the running worker, whose query under way is interrupted

    // query: the report (its groups are computed unless Grouping::None). heatmapQuery: the missed calls
    // behind the weekday × hour chart (the chosen number's). Charts are over the missed calls of query.
    // The heatmap comes with the routing coverage of its number when heatmapQuery has exactly one.
    void start(const DatabaseLocation &location, const Account &account, const ReportQuery &query, const ReportQuery &heatmapQuery);
    // Only the weekday × hour grid of heatmapQuery (another number chosen over the heatmap) and its
    // number's routing coverage: reported by heatmapReady, then done.
    void startHeatmap(const DatabaseLocation &location, const Account &account, const ReportQuery &heatmapQuery);
    // The printable report of query with its chart, reported by documentReady: read and built on the
    // worker, then handed to the calculator's thread (where Print… paints it). totals: the report's,
    // when already summed (not read again).
    void startDocument(const DatabaseLocation &location, const Account &account, const ReportQuery &query, const QImage &chart,
                       const std::optional<ReportTotals> &totals);
    // The same document written as PDF to path on the worker, reported by pdfWritten. The file
    // appears only complete and only if the calculation was not abandoned first (an older file of
    // that name stays as it was until then).
    void startPdf(const DatabaseLocation &location, const Account &account, const ReportQuery &query, const QImage &chart,
                  const std::optional<ReportTotals> &totals, const QString &path);
    // Drops the running calculation's remaining parts and interrupts the query it is running (where
    // the connection allows it: db/queryinterrupter.h); a document or PDF being made stops at its next
    // step or page and writes nothing.
    void abandon();
    bool isRunning() const { return m_running; }

signals:
    void totalsReady(const ReportTotals &totals);
    void groupsReady(const QList<ReportGroup> &groups);
    // coverage: empty when the heatmap is not one number's.
    void chartsReady(const QMap<QDate, QMap<QString, qint64>> &perDay, const ReportRepository::WeekHourGrid &perWeekdayAndHour,
                     const std::optional<RoutingCoverage::Grid> &coverage);
    void heatmapReady(const ReportRepository::WeekHourGrid &perWeekdayAndHour, const std::optional<RoutingCoverage::Grid> &coverage);
    void progress(int percent); // of a document or PDF, 0–100
    void documentReady(const std::shared_ptr<QTextDocument> &document);
    void pdfWritten(const QString &path);
    void failed(const QString &message);
    void done();

private:
    struct Job;
    void launch(const std::shared_ptr<Job> &job);
    void run(const std::shared_ptr<Job> &job);
    void runDocument(const std::shared_ptr<Job> &job, const ReportRepository &repository);
    // Delivers a result in the calculator's thread unless the job was abandoned meanwhile.
    template<typename Deliver>
    void deliver(const std::shared_ptr<Job> &job, Deliver deliverInOwnThread);

    std::shared_ptr<Job> m_job;
    QList<QThread *> m_threads;
    bool m_running = false;
};
