#pragma once

#include "reports/cdrimporter.h"
#include "reports/reportquery.h"
#include "reports/reportrepository.h"
#include "reports/reporttotals.h"

#include "reports/routingcoverage.h"

#include <QWidget>

#include <functional>
#include <memory>

class AccountSession;
class CallsReportModel;
class MissedCallsChart;
class MissedCallsHeatmap;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextDocument;
class CdrImportRunner;
class ReportCalculator;
class ReportGroupsModel;

// The Custom Reports tab: date range with presets (at most 6 months back), numbers, call type and
// grouping; Display Report shows the call list or the groups with totals computed in SQL, the
// missed-calls charts, and offers CSV/PDF export, printing, saved definitions and call import.
class ReportsTab final : public QWidget
{
    Q_OBJECT

public:
    ReportsTab(AccountSession *session, QWidget *parent = nullptr);

    ReportQuery currentQuery() const;
    void setQuery(const ReportQuery &query);

    bool isImportAllowed() const;

public slots:
    void displayReport();
    // File → Import Calls… (Ctrl+I), and the tab's button: a CSV of call records, imported on a worker
    // behind a progress dialog with Cancel; the result is told in a message box.
    void importCalls();

signals:
    // Whether Import Calls… can run now (an account open, a role that changes it, no import running).
    void importAllowedChanged(bool allowed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reload();
    void reloadSavedReports();
    // Runs next once the charts of the report shown are there (at once, or after the worker drew them).
    void withCharts(const std::function<void()> &next);
    void applyPreset();
    void updateRights();
    // Totals, groups and charts of m_shown on the worker thread.
    void startCalculation();
    void showTotals(const ReportTotals &totals);
    void showCharts(const QMap<QDate, QMap<QString, qint64>> &perDay, const ReportRepository::WeekHourGrid &perWeekdayAndHour,
                    const std::optional<RoutingCoverage::Grid> &coverage);
    // The missed calls behind the heatmap: those of the number chosen above it (all numbers if none).
    ReportQuery heatmapQuery() const;
    void refreshHeatmap();
    void showHeatmap(const ReportRepository::WeekHourGrid &counts, const std::optional<RoutingCoverage::Grid> &coverage);
    void endImportProgress();
    void showImported(const CdrImporter::Summary &summary);
    void exportCsv();
    void exportPdf();
    void printReport();
    // Export PDF… and Print… make the document on m_documentCalculator's thread behind a progress
    // dialog with Cancel; one at a time (their buttons are disabled meanwhile).
    void startDocumentProgress(const QString &title, const QString &label);
    void finishDocumentProgress();
    void showPrintPreview(const std::shared_ptr<QTextDocument> &document);
    void saveReport();
    void deleteSavedReport();
    void openSavedReport(int index);
    void saveChart();
    bool checkRange();
    QImage chartImage() const;

    AccountSession *m_session;
    CallsReportModel *m_callsModel;
    ReportGroupsModel *m_groupsModel;
    ReportCalculator *m_calculator;
    ReportCalculator *m_heatmapCalculator; // another number's heatmap, picked above it
    ReportCalculator *m_documentCalculator; // the PDF or the document to print
    CdrImportRunner *m_importRunner;
    QProgressDialog *m_importProgress = nullptr; // made on first use
    QString m_importPath;                        // the file being imported
    bool m_importAllowed = false;                // as last told by importAllowedChanged
    QProgressDialog *m_documentProgress = nullptr; // made on first use
    bool m_documentBusy = false;                    // a PDF or print is being prepared
    QString m_documentTitle; // "Export PDF" or "Print": the title of its progress and messages
    std::function<void()> m_afterCharts; // the document job waiting for withCharts
    QSortFilterProxyModel *m_groupsProxy;
    ReportQuery m_shown;
    QString m_chartsHeatmapDid; // the number whose heatmap m_calculator's charts hold
    std::optional<ReportTotals> m_shownTotals; // empty while the totals are being calculated
    bool m_hasReport = false;
    // The report shown when the tab opens sums its totals here and leaves the charts for later
    // (issue 9: the worker's own connection costs several statements on a server): they are
    // calculated when a chart is first shown, or with the next Display Report.
    bool m_openingReport = false;
    bool m_chartsPending = false;
    bool m_updatingNumbers = false;

    QLabel *m_savedLabel;
    QComboBox *m_savedCombo;
    QPushButton *m_saveButton;
    QPushButton *m_deleteSavedButton;
    QLabel *m_rangeLabel;
    QComboBox *m_presetCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_rangeMessage;
    QLabel *m_numbersLabel;
    QListWidget *m_numbersList;
    QLabel *m_typeLabel;
    QComboBox *m_typeCombo;
    QLabel *m_groupLabel;
    QComboBox *m_groupCombo;
    QPushButton *m_displayButton;
    QPushButton *m_importButton;
    QPushButton *m_csvButton;
    QPushButton *m_pdfButton;
    QPushButton *m_printButton;
    QLabel *m_totalsLabel;
    QTabWidget *m_results;
    QTableView *m_table;
    MissedCallsChart *m_dayChart;
    MissedCallsHeatmap *m_heatmap;
    QLabel *m_coverageLabel;
    QComboBox *m_coverageCombo;
    QPushButton *m_saveChartButton;
};
