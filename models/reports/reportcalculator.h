#pragma once

#include "reportgroup.h"
#include "reportquery.h"
#include "reportrepository.h"
#include "reporttotals.h"

#include "accounts/account.h"
#include "db/databaselocation.h"

#include <QDate>
#include <QMap>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Computes what a report needs beyond its first page — the totals over the whole result, the groups,
// and the missed-calls series of the charts — on a worker thread with its own database connection,
// so the call list appears at once and the window stays responsive while millions of calls are summed.
// Each part is reported as soon as it is ready, in the thread that owns the calculator. Starting a new
// calculation abandons the previous one: its remaining parts are never reported.
class ReportCalculator final : public QObject
{
    Q_OBJECT

public:
    explicit ReportCalculator(QObject *parent = nullptr);
    ~ReportCalculator() override; // waits for the running worker, which stops after its current query

    // query: the report (its groups are computed unless Grouping::None). heatmapQuery: the missed calls
    // behind the weekday × hour chart (the chosen number's). Charts are over the missed calls of query.
    void start(const DatabaseLocation &location, const Account &account, const ReportQuery &query, const ReportQuery &heatmapQuery);
    // Only the weekday × hour grid of heatmapQuery (another number chosen over the heatmap): reported
    // by heatmapReady, then done.
    void startHeatmap(const DatabaseLocation &location, const Account &account, const ReportQuery &heatmapQuery);
    // Drops the running calculation's remaining parts.
    void abandon();
    bool isRunning() const { return m_running; }

signals:
    void totalsReady(const ReportTotals &totals);
    void groupsReady(const QList<ReportGroup> &groups);
    void chartsReady(const QMap<QDate, QMap<QString, qint64>> &perDay, const ReportRepository::WeekHourGrid &perWeekdayAndHour);
    void heatmapReady(const ReportRepository::WeekHourGrid &perWeekdayAndHour);
    void failed(const QString &message);
    void done();

private:
    struct Job;
    void launch(const std::shared_ptr<Job> &job);
    void run(const std::shared_ptr<Job> &job);
    // Delivers a result in the calculator's thread unless the job was abandoned meanwhile.
    template<typename Deliver>
    void deliver(const std::shared_ptr<Job> &job, Deliver deliverInOwnThread);

    std::shared_ptr<Job> m_job;
    QList<QThread *> m_threads;
    bool m_running = false;
};
