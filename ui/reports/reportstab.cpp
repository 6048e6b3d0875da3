#include "reportstab.h"

#include "charts/missedcallschart.h"
#include "charts/missedcallsheatmap.h"
#include "dialogs/conflictdialog.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"
#include "reports/callsreportmodel.h"
#include "reports/reportcalculator.h"
#include "reports/cdrimportrunner.h"
#include "reports/reportcsvwriter.h"
#include "reports/reportdocument.h"
#include "reports/reportgroupsmodel.h"
#include "reports/reportrepository.h"
#include "reports/reportwindow.h"
#include "reports/routingcoverage.h"
#include "reports/savedreportrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int kDidRole = Qt::UserRole + 1;

// The progress of work done on a worker thread, 0–100: window-modal, shown after 300 ms, and left
// open at 100 % until the work reports its end (the caller hides it then).
QProgressDialog *workerProgress(QWidget *parent, const QString &objectName)
{
    auto *progress = new QProgressDialog(parent);
    progress->setObjectName(objectName);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setRange(0, 100);
    return progress;
}

} // namespace

ReportsTab::ReportsTab(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_callsModel(new CallsReportModel(this)), m_groupsModel(new ReportGroupsModel(this)),
      m_calculator(new ReportCalculator(this)), m_heatmapCalculator(new ReportCalculator(this)),
      m_documentCalculator(new ReportCalculator(this)), m_importRunner(new CdrImportRunner(this)), m_groupsProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("reportsTab"));
    m_groupsProxy->setSourceModel(m_groupsModel);
    m_groupsProxy->setSortRole(ItemRoles::RawValueRole);
    buildUi();
    retranslateUi();
    connect(m_session, &AccountSession::databaseChanged, this, &ReportsTab::reload);
    connect(m_session, &AccountSession::accountChanged, this, &ReportsTab::reload);
    connect(m_session, &AccountSession::roleChanged, this, &ReportsTab::updateRights);
    connect(m_callsModel, &CallsReportModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Custom Reports"), message); });
    connect(m_calculator, &ReportCalculator::totalsReady, this, &ReportsTab::showTotals);
    connect(m_calculator, &ReportCalculator::groupsReady, this, [this](const QList<ReportGroup> &groups) {
        m_groupsModel->setGroups(m_shown.grouping, groups, m_session->account().currency);
        m_table->resizeColumnsToContents();
    });
    connect(m_calculator, &ReportCalculator::chartsReady, this, &ReportsTab::showCharts);
    connect(m_heatmapCalculator, &ReportCalculator::heatmapReady, this, &ReportsTab::showHeatmap);
    connect(m_heatmapCalculator, &ReportCalculator::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Custom Reports"), message); });
    connect(m_calculator, &ReportCalculator::failed, this, [this](const QString &message) {
        m_totalsLabel->setText(tr("The totals could not be calculated: %1").arg(message));
        if (m_afterCharts) { // a PDF or print waited for the charts
            m_afterCharts = nullptr;
            finishDocumentProgress();
            QMessageBox::warning(this, m_documentTitle, message);
        }
    });
    connect(m_importRunner, &CdrImportRunner::progress, this, [this](int percent) {
        if (m_importProgress && !m_importProgress->wasCanceled())
            m_importProgress->setValue(percent);
    });
    connect(m_importRunner, &CdrImportRunner::imported, this, &ReportsTab::showImported);
    connect(m_importRunner, &CdrImportRunner::failed, this, [this](const QString &message) {
        endImportProgress();
        QMessageBox::warning(this, tr("Import Calls"), tr("Nothing was imported from %1.\n%2").arg(QFileInfo(m_importPath).fileName(), message));
    });
    connect(m_documentCalculator, &ReportCalculator::progress, this, [this](int percent) {
        if (m_documentBusy)
            m_documentProgress->setValue(percent);
    });
    connect(m_documentCalculator, &ReportCalculator::documentReady, this, &ReportsTab::showPrintPreview);
    connect(m_documentCalculator, &ReportCalculator::failed, this, [this](const QString &message) {
        finishDocumentProgress();
        QMessageBox::warning(this, m_documentTitle, message);
    });
    connect(m_documentCalculator, &ReportCalculator::done, this, &ReportsTab::finishDocumentProgress);
    reload();
}

void ReportsTab::buildUi()
{
    m_savedLabel = new QLabel(this);
    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("savedReportsCombo"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_deleteSavedButton = new QPushButton(this);
    m_deleteSavedButton->setObjectName(QStringLiteral("deleteSavedReportButton"));
    m_rangeLabel = new QLabel(this);
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setCalendarPopup(true);
    m_rangeMessage = new QLabel(this);
    m_rangeMessage->setObjectName(QStringLiteral("rangeMessage"));
    m_rangeMessage->setWordWrap(true);
    m_rangeMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_rangeMessage->hide();
    m_numbersLabel = new QLabel(this);
    m_numbersList = new QListWidget(this);
    m_numbersList->setObjectName(QStringLiteral("numbersList"));
    m_numbersList->setMaximumHeight(110);
    m_typeLabel = new QLabel(this);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_groupLabel = new QLabel(this);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_displayButton = new QPushButton(this);
    m_displayButton->setObjectName(QStringLiteral("displayReportButton"));
    m_displayButton->setDefault(true);
    m_displayButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importCallsButton"));
    // Ctrl+I belongs to File → Import Calls… (the main window's action); a second owner would make
    // the shortcut ambiguous while this tab is shown.
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printReportButton"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totalsLabel->font();
    bold.setBold(true);
    m_totalsLabel->setFont(bold);

    m_results = new QTabWidget(this);
    m_results->setObjectName(QStringLiteral("reportResultTabs"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_dayChart = new MissedCallsChart(this);
    m_heatmap = new MissedCallsHeatmap(this);
    m_coverageLabel = new QLabel(this);
    m_coverageCombo = new QComboBox(this);
    m_coverageCombo->setObjectName(QStringLiteral("coverageCombo"));
    m_saveChartButton = new QPushButton(this);
    m_saveChartButton->setObjectName(QStringLiteral("saveChartButton"));
    auto *heatPage = new QWidget(this);
    auto *heatLayout = new QVBoxLayout(heatPage);
    auto *coverageRow = new QHBoxLayout;
    coverageRow->addWidget(m_coverageLabel);
    coverageRow->addWidget(m_coverageCombo, 1);
    heatLayout->addLayout(coverageRow);
    heatLayout->addWidget(m_heatmap, 1);
    m_results->addTab(m_table, QString());
    m_results->addTab(m_dayChart, QString());
    m_results->addTab(heatPage, QString());

    auto *filters = new QGridLayout;
    filters->addWidget(m_savedLabel, 0, 0);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedCombo, 1);
    savedRow->addWidget(m_saveButton);
    savedRow->addWidget(m_deleteSavedButton);
    filters->addLayout(savedRow, 0, 1, 1, 3);
    filters->addWidget(m_rangeLabel, 1, 0);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_presetCombo);
    rangeRow->addWidget(m_fromEdit);
    rangeRow->addWidget(new QLabel(QStringLiteral("–"), this));
    rangeRow->addWidget(m_toEdit);
    rangeRow->addStretch(1);
    filters->addLayout(rangeRow, 1, 1, 1, 3);
    filters->addWidget(m_rangeMessage, 2, 1, 1, 3);
    filters->addWidget(m_numbersLabel, 3, 0, Qt::AlignTop);
    filters->addWidget(m_numbersList, 3, 1, 2, 1);
    auto *typeForm = new QFormLayout;
    typeForm->addRow(m_typeLabel, m_typeCombo);
    typeForm->addRow(m_groupLabel, m_groupCombo);
    filters->addLayout(typeForm, 3, 2, Qt::AlignTop);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_displayButton);
    actions->addWidget(m_totalsLabel, 1);
    actions->addWidget(m_importButton);
    actions->addWidget(m_csvButton);
    actions->addWidget(m_pdfButton);
    actions->addWidget(m_printButton);
    actions->addWidget(m_saveChartButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_results, 1);

    for (ReportWindow::Preset preset : ReportWindow::presets())
        m_presetCombo->addItem(QString(), int(preset));
    for (ReportQuery::CallType type : ReportQuery::types())
        m_typeCombo->addItem(QString(), int(type));
    for (ReportQuery::Grouping grouping : ReportQuery::groupings())
        m_groupCombo->addItem(QString(), int(grouping));
    m_presetCombo->setCurrentIndex(int(ReportWindow::Preset::ThisMonth));

    connect(m_presetCombo, &QComboBox::activated, this, &ReportsTab::applyPreset);
    const auto toCustom = [this] {
        if (m_fromEdit->hasFocus() || m_toEdit->hasFocus())
            m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(ReportWindow::Preset::Custom)));
        checkRange();
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, toCustom);
    connect(m_toEdit, &QDateEdit::dateChanged, this, toCustom);
    connect(m_numbersList, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
        if (m_updatingNumbers)
            return;
        m_updatingNumbers = true;
        const bool allItem = changed->data(kDidRole).toString().isEmpty();
        if (changed->checkState() == Qt::Checked) {
            // "All numbers" and single numbers exclude each other.
            for (int row = 0; row < m_numbersList->count(); ++row) {
                QListWidgetItem *item = m_numbersList->item(row);
                if (item != changed && (allItem || item->data(kDidRole).toString().isEmpty()))
                    item->setCheckState(Qt::Unchecked);
            }
        } else {
            bool any = false;
            for (int row = 1; row < m_numbersList->count(); ++row)
                any = any || m_numbersList->item(row)->checkState() == Qt::Checked;
            if (!any && m_numbersList->count() > 0)
                m_numbersList->item(0)->setCheckState(Qt::Checked);
        }
        m_updatingNumbers = false;
    });
    connect(m_displayButton, &QPushButton::clicked, this, &ReportsTab::displayReport);
    connect(m_importButton, &QPushButton::clicked, this, &ReportsTab::importCalls);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsTab::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsTab::exportPdf);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsTab::printReport);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsTab::saveReport);
    connect(m_deleteSavedButton, &QPushButton::clicked, this, &ReportsTab::deleteSavedReport);
    connect(m_savedCombo, &QComboBox::activated, this, &ReportsTab::openSavedReport);
    connect(m_coverageCombo, &QComboBox::activated, this, &ReportsTab::refreshHeatmap);
    connect(m_saveChartButton, &QPushButton::clicked, this, &ReportsTab::saveChart);
    connect(m_results, &QTabWidget::currentChanged, this, [this](int index) {
        m_saveChartButton->setEnabled(index > 0 && m_hasReport);
        if (index > 0 && m_hasReport && m_chartsPending) { // the report shown on opening: its charts now
            m_chartsPending = false;
            startCalculation();
        }
    });
}

void ReportsTab::retranslateUi()
{
    m_savedLabel->setText(tr("Saved reports:"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolTip(tr("Keep these filters under a name"));
    m_deleteSavedButton->setText(tr("Delete"));
    m_rangeLabel->setText(tr("Date range:"));
    m_numbersLabel->setText(tr("Numbers:"));
    m_typeLabel->setText(tr("Call type:"));
    m_groupLabel->setText(tr("Group by:"));
    for (int i = 0; i < m_presetCombo->count(); ++i)
        m_presetCombo->setItemText(i, ReportWindow::presetName(ReportWindow::Preset(m_presetCombo->itemData(i).toInt())));
    for (int i = 0; i < m_typeCombo->count(); ++i)
        m_typeCombo->setItemText(i, ReportQuery::typeLabel(ReportQuery::CallType(m_typeCombo->itemData(i).toInt())));
    for (int i = 0; i < m_groupCombo->count(); ++i)
        m_groupCombo->setItemText(i, ReportQuery::groupingLabel(ReportQuery::Grouping(m_groupCombo->itemData(i).toInt())));
    if (m_numbersList->count() > 0)
        m_numbersList->item(0)->setText(tr("All numbers"));
    m_displayButton->setText(tr("Display Report"));
    m_displayButton->setToolTip(tr("Show the calls that match (Ctrl+Return)"));
    m_importButton->setText(tr("Import Calls…"));
    m_importButton->setToolTip(tr("Read call records from a CSV file (Ctrl+I)"));
    m_csvButton->setText(tr("Export CSV…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_printButton->setText(tr("Print…"));
    m_saveChartButton->setText(tr("Save Chart…"));
    m_coverageLabel->setText(tr("Missed calls of, with the hours no routing rule answers outlined:"));
    m_results->setTabText(0, tr("Report"));
    m_results->setTabText(1, tr("Missed calls per day"));
    m_results->setTabText(2, tr("Missed calls by weekday and hour"));
    if (!m_hasReport)
        m_totalsLabel->setText(tr("Choose the filters, then Display Report."));
}

void ReportsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsTab::reload()
{
    m_afterCharts = nullptr;
    m_documentCalculator->abandon();
    finishDocumentProgress();
    m_calculator->abandon();
    m_chartsPending = false;
    m_heatmapCalculator->abandon();
    m_hasReport = false;
    m_shownTotals.reset();
    m_callsModel->clear();
    m_groupsModel->setGroups(ReportQuery::Grouping::Day, {}, QString());
    m_table->setModel(nullptr);
    m_updatingNumbers = true;
    m_numbersList->clear();
    m_coverageCombo->clear();
    auto *all = new QListWidgetItem(m_numbersList);
    all->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    all->setCheckState(Qt::Checked);
    if (m_session->isOpen() && m_session->hasAccount()) {
        const auto numbers = ReportRepository(m_session->connection(), m_session->account()).numbers();
        for (const QString &e164 : numbers ? numbers.value() : QStringList()) {
            auto *item = new QListWidgetItem(PhoneNumber::displayForm(e164), m_numbersList);
            item->setData(kDidRole, e164);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_coverageCombo->addItem(PhoneNumber::displayForm(e164), e164);
        }
    }
    m_updatingNumbers = false;
    reloadSavedReports();
    applyPreset();
    updateRights();
    retranslateUi();
    // Show this month's calls once the window is up: the tab is never empty without reason.
    if (m_session->isOpen() && m_session->hasAccount())
        QTimer::singleShot(0, this, [this] {
            const QScopedValueRollback opening(m_openingReport, true);
            displayReport();
        });
}

void ReportsTab::reloadSavedReports()
{
    m_savedCombo->clear();
    m_savedCombo->addItem(tr("(none)"), qint64(0));
    if (!m_session->isOpen() || !m_session->hasAccount())
        return;
    const auto saved = SavedReportRepository(m_session->connection(), m_session->account().id).all();
    for (const SavedReport &report : saved ? saved.value() : QList<SavedReport>()) {
        m_savedCombo->addItem(report.name, report.id);
        m_savedCombo->setItemData(m_savedCombo->count() - 1, report.version, ItemRoles::VersionRole);
    }
    m_deleteSavedButton->setEnabled(m_savedCombo->count() > 1);
}

void ReportsTab::updateRights()
{
    const bool open = m_session->isOpen() && m_session->hasAccount();
    const bool importAllowed = isImportAllowed();
    m_importButton->setEnabled(importAllowed);
    if (importAllowed != m_importAllowed) {
        m_importAllowed = importAllowed;
        emit importAllowedChanged(importAllowed);
    }
    m_displayButton->setEnabled(open);
    m_csvButton->setEnabled(m_hasReport);
    const bool documentRunning = m_documentBusy || m_documentCalculator->isRunning();
    m_pdfButton->setEnabled(m_hasReport && !documentRunning);
    m_printButton->setEnabled(m_hasReport && !documentRunning);
    m_saveChartButton->setEnabled(m_hasReport && m_results->currentIndex() > 0);
}

void ReportsTab::applyPreset()
{
    const auto preset = ReportWindow::Preset(m_presetCombo->currentData().toInt());
    if (preset == ReportWindow::Preset::Custom)
        return;
    const QDate today = m_session->clock().today(m_session->hasAccount() ? m_session->account().timeZone() : QTimeZone::utc());
    const auto range = ReportWindow::range(preset, today);
    m_fromEdit->setDate(range.first);
    m_toEdit->setDate(range.second);
    checkRange();
}

bool ReportsTab::checkRange()
{
    const QDate today = m_session->clock().today(m_session->hasAccount() ? m_session->account().timeZone() : QTimeZone::utc());
    m_fromEdit->setMaximumDate(today);
    m_toEdit->setMaximumDate(today);
    const auto valid = ReportWindow::validate(m_fromEdit->date(), m_toEdit->date(), today);
    m_rangeMessage->setText(valid ? QString() : valid.errorMessage());
    m_rangeMessage->setVisible(!valid);
    return valid.ok();
}

ReportQuery ReportsTab::currentQuery() const
{
    ReportQuery query;
    query.from = m_fromEdit->date();
    query.to = m_toEdit->date();
    for (int row = 1; row < m_numbersList->count(); ++row) {
        if (m_numbersList->item(row)->checkState() == Qt::Checked)
            query.dids << m_numbersList->item(row)->data(kDidRole).toString();
    }
    query.type = ReportQuery::CallType(m_typeCombo->currentData().toInt());
    query.grouping = ReportQuery::Grouping(m_groupCombo->currentData().toInt());
    return query;
}

void ReportsTab::setQuery(const ReportQuery &query)
{
    m_fromEdit->setDate(query.from);
    m_toEdit->setDate(query.to);
    m_updatingNumbers = true;
    for (int row = 1; row < m_numbersList->count(); ++row) {
        QListWidgetItem *item = m_numbersList->item(row);
        item->setCheckState(query.dids.contains(item->data(kDidRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_numbersList->count() > 0)
        m_numbersList->item(0)->setCheckState(query.dids.isEmpty() ? Qt::Checked : Qt::Unchecked);
    m_updatingNumbers = false;
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(query.type)));
    m_groupCombo->setCurrentIndex(m_groupCombo->findData(int(query.grouping)));
    checkRange();
}

void ReportsTab::displayReport()
{
    if (!m_session->isOpen() || !m_session->hasAccount() || !checkRange())
        return;
    const ReportQuery query = currentQuery();
    const Account &account = m_session->account();
    ReportRepository repository(m_session->connection(), account);
    if (auto valid = repository.validate(query, m_session->clock().today(account.timeZone())); !valid) {
        m_rangeMessage->setText(valid.errorMessage());
        m_rangeMessage->show();
        return;
    }
    // The first page shows at once; the totals, groups and charts follow from a worker thread (summing
    // millions of calls takes longer than a page).
    if (query.grouping == ReportQuery::Grouping::None) {
        if (auto set = m_callsModel->setQuery(m_session->connection(), account, query); !set) {
            QMessageBox::warning(this, tr("Display Report"), set.errorMessage());
            return;
        }
        m_table->setModel(m_callsModel);
        m_table->horizontalHeader()->setSortIndicator(CallsReportModel::StartedColumn, Qt::AscendingOrder);
    } else {
        m_groupsModel->setGroups(query.grouping, {}, account.currency);
        m_table->setModel(m_groupsProxy);
        m_table->horizontalHeader()->setSortIndicator(ReportGroupsModel::KeyColumn, Qt::AscendingOrder);
    }
    m_table->resizeColumnsToContents();
    m_shown = query;
    m_shownTotals.reset();
    m_hasReport = true;
    m_totalsLabel->setText(tr("Calculating the totals…"));
    if (query.dids.size() >= 1)
        m_coverageCombo->setCurrentIndex(m_coverageCombo->findData(query.dids.first()));
    m_chartsPending = m_openingReport && query.grouping == ReportQuery::Grouping::None && m_results->currentIndex() == 0;
    if (m_chartsPending) {
        // This month's calls, on the tab's connection: one statement, no worker connection to open.
        auto totals = repository.totals(query);
        if (totals)
            showTotals(totals.value());
        else
            m_totalsLabel->setText(tr("The totals could not be calculated: %1").arg(totals.errorMessage()));
    } else {
        startCalculation();
    }
    updateRights();
}

void ReportsTab::startCalculation()
{
    m_heatmapCalculator->abandon(); // the charts bring the heatmap of the number now chosen
    m_chartsHeatmapDid = m_coverageCombo->currentData().toString();
    m_calculator->start(m_session->database()->location(), m_session->account(), m_shown, heatmapQuery());
}

void ReportsTab::showTotals(const ReportTotals &totals)
{
    m_shownTotals = totals;
    if (m_shown.grouping == ReportQuery::Grouping::None)
        m_callsModel->setTotalRows(totals.calls);
    const QLocale locale = Localization::locale();
    m_totalsLabel->setText(tr("Calls: %1 · Minutes: %2 · Cost: %3")
                               .arg(locale.toString(totals.calls), locale.toString(double(totals.durationS) / 60.0, 'f', 1),
                                    Money::fromMicro(totals.chargeMicro, m_session->account().currency).format(locale)));
}

void ReportsTab::showCharts(const QMap<QDate, QMap<QString, qint64>> &perDay, const ReportRepository::WeekHourGrid &perWeekdayAndHour,
                            const std::optional<RoutingCoverage::Grid> &coverage)
{
    m_dayChart->setData(m_shown.from, m_shown.to, perDay);
    // Unless another number was picked over the heatmap meanwhile: its own grid is on the way.
    if (!m_heatmapCalculator->isRunning() && m_coverageCombo->currentData().toString() == m_chartsHeatmapDid)
        showHeatmap(perWeekdayAndHour, coverage);
    if (m_afterCharts) // a PDF or print waited for the day chart
        std::exchange(m_afterCharts, nullptr)();
}

ReportQuery ReportsTab::heatmapQuery() const
{
    ReportQuery missed = m_shown;
    missed.type = ReportQuery::CallType::Missed;
    missed.grouping = ReportQuery::Grouping::None;
    const QString did = m_coverageCombo->currentData().toString();
    if (!did.isEmpty())
        missed.dids = {did};
    return missed;
}

void ReportsTab::refreshHeatmap()
{
    if (!m_hasReport)
        return;
    // One number's missed calls over up to 6 months can be many: counted on a worker thread with
    // its routing coverage, shown by showHeatmap when they arrive.
    m_heatmapCalculator->startHeatmap(m_session->database()->location(), m_session->account(), heatmapQuery());
}

void ReportsTab::showHeatmap(const ReportRepository::WeekHourGrid &counts, const std::optional<RoutingCoverage::Grid> &coverage)
{
    // The chosen number's missed calls under its own routing coverage (read with them on the worker).
    m_heatmap->setData(counts, coverage ? &coverage.value() : nullptr);
}

bool ReportsTab::isImportAllowed() const
{
    // Importing writes calls: an employee views only (the importer refuses too).
    return m_session->isOpen() && m_session->hasAccount() && m_session->canChange() && !m_importRunner->isRunning();
}

void ReportsTab::importCalls()
{
    if (m_importRunner->isRunning())
        return;
    if (!m_session->isOpen() || !m_session->hasAccount())
        return;
    if (!m_session->canChange()) {
        QMessageBox::information(this, tr("Import Calls"), tr("Your role in this account only views: importing calls is not allowed."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Calls"), QString(), tr("Call records (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_importProgress) { // one dialog, kept: the worker's progress arrives after this returns
        m_importProgress = workerProgress(this, QStringLiteral("importProgress"));
        connect(m_importProgress, &QProgressDialog::canceled, m_importRunner, &CdrImportRunner::cancel);
    }
    m_importProgress->reset();
    m_importProgress->setWindowTitle(tr("Import Calls"));
    m_importProgress->setLabelText(tr("Importing calls…"));
    m_importProgress->setCancelButtonText(tr("Cancel"));
    m_importPath = path;
    m_importRunner->start(m_session->database()->location(), m_session->account(), m_session->role(), path);
    m_importProgress->setValue(0); // shows itself after 300 ms unless finished before
    updateRights();
}

void ReportsTab::endImportProgress()
{
    m_importProgress->reset();
    m_importProgress->hide();
    updateRights();
}

void ReportsTab::showImported(const CdrImporter::Summary &summary)
{
    endImportProgress();
    const QLocale locale = Localization::locale();
    QMessageBox::information(this, tr("Import Calls"), tr("Calls imported: %1. Already present: %2.")
                                                           .arg(locale.toString(summary.imported), locale.toString(summary.duplicates)));
    m_session->notifyDataChanged();
    if (m_hasReport)
        displayReport();
}

void ReportsTab::exportCsv()
{
    if (!m_hasReport)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), tr("call-report.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ReportRepository repository(m_session->connection(), m_session->account());
    // The row count for the progress bar is the totals' count from the worker thread; until it arrives
    // (it may, while writing: the events are processed) the bar only shows that work goes on.
    const auto rowsKnown = [this] { return m_shownTotals ? int(std::min<qint64>(m_shownTotals->calls, INT_MAX)) : 0; };
    QProgressDialog progress(tr("Exporting calls…"), tr("Cancel"), 0, rowsKnown(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const auto written = ReportCsvWriter::writeFile(path, repository, m_shown, [&](qint64 done) {
        if (progress.maximum() == 0 && rowsKnown() > 0)
            progress.setMaximum(rowsKnown());
        progress.setValue(int(std::min<qint64>(done, progress.maximum())));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written)
        QMessageBox::warning(this, tr("Export CSV"), written.errorMessage());
}

void ReportsTab::withCharts(const std::function<void()> &next)
{
    // The report shown on opening has no charts yet: the worker calculates them (its day chart is
    // printed with the report), then next runs.
    if (!m_chartsPending) {
        next();
        return;
    }
    m_chartsPending = false;
    m_afterCharts = next;
    startCalculation();
}

QImage ReportsTab::chartImage() const
{
    return m_dayChart->toPixmap(900, 360).toImage();
}

void ReportsTab::exportPdf()
{
    if (!m_hasReport || m_documentBusy || m_documentCalculator->isRunning())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), tr("call-report.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // Read, laid out and written on the worker: the file appears when complete, never after Cancel.
    startDocumentProgress(tr("Export PDF"), tr("Writing the PDF…"));
    withCharts([this, path] {
        m_documentCalculator->startPdf(m_session->database()->location(), m_session->account(), m_shown, chartImage(), m_shownTotals,
                                       path);
    });
}

void ReportsTab::printReport()
{
    if (!m_hasReport || m_documentBusy || m_documentCalculator->isRunning())
        return;
    // The document is read and built on the worker; showPrintPreview paints it here.
    startDocumentProgress(tr("Print"), tr("Preparing the report for printing…"));
    withCharts([this] {
        m_documentCalculator->startDocument(m_session->database()->location(), m_session->account(), m_shown, chartImage(),
                                            m_shownTotals);
    });
}

void ReportsTab::startDocumentProgress(const QString &title, const QString &label)
{
    m_documentTitle = title;
    if (!m_documentProgress) { // one dialog, kept: its setValue() may run events that finish the job
        m_documentProgress = workerProgress(this, QStringLiteral("documentProgress"));
        connect(m_documentProgress, &QProgressDialog::canceled, this, [this] {
            if (!m_documentBusy)
                return;
            m_afterCharts = nullptr;
            m_documentCalculator->abandon(); // stops at its next step or page; no file is written
            finishDocumentProgress();
        });
    }
    m_documentProgress->reset();
    m_documentProgress->setWindowTitle(title);
    m_documentProgress->setLabelText(label);
    m_documentProgress->setCancelButtonText(tr("Cancel"));
    m_documentProgress->setValue(0); // shows itself after 300 ms unless finished before
    m_documentBusy = true;
    updateRights();
}

void ReportsTab::finishDocumentProgress()
{
    m_documentBusy = false;
    if (m_documentProgress) {
        m_documentProgress->reset();
        m_documentProgress->hide();
    }
    updateRights();
}

void ReportsTab::showPrintPreview(const std::shared_ptr<QTextDocument> &document)
{
    finishDocumentProgress();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [document](QPrinter *target) { document->print(target); });
    preview.exec();
}

void ReportsTab::saveReport()
{
    if (!m_session->isOpen() || !m_session->hasAccount())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Report"), tr("Name:"), QLineEdit::Normal,
                                               m_savedCombo->currentIndex() > 0 ? m_savedCombo->currentText() : QString(), &ok);
    if (!ok)
        return;
    const auto preset = ReportWindow::Preset(m_presetCombo->currentData().toInt());
    const QString presetText = preset == ReportWindow::Preset::Custom ? QString() : QString::number(int(preset));
    // Replacing the report opened: only the version it was opened at (someone else may have saved it since).
    const bool opened = m_savedCombo->currentIndex() > 0 && name.trimmed() == m_savedCombo->currentText();
    const int openedVersion = opened ? m_savedCombo->currentData(ItemRoles::VersionRole).toInt() : 0;
    SavedReportRepository repository(m_session->connection(), m_session->account().id);
    auto saved = repository.save(name, currentQuery(), presetText, openedVersion);
    if (saved.errorKind() == Error::Kind::Conflict) {
        const qint64 openedId = m_savedCombo->currentData().toLongLong();
        switch (ConflictDialog::ask(this, saved.error())) {
        case ConflictDialog::Choice::Overwrite:
            saved = repository.save(name, currentQuery(), presetText, saved.error().currentVersion);
            break;
        case ConflictDialog::Choice::Reload: // their version, on screen
            reloadSavedReports();
            m_savedCombo->setCurrentIndex(std::max(0, m_savedCombo->findData(openedId)));
            openSavedReport(m_savedCombo->currentIndex());
            return;
        case ConflictDialog::Choice::KeepEditing:
            return;
        }
    }
    if (!saved) {
        QMessageBox::warning(this, tr("Save Report"), saved.errorMessage());
        return;
    }
    reloadSavedReports();
    m_savedCombo->setCurrentIndex(m_savedCombo->findData(saved.value()));
}

void ReportsTab::deleteSavedReport()
{
    const qint64 id = m_savedCombo->currentData().toLongLong();
    if (id == 0)
        return;
    if (QMessageBox::question(this, tr("Delete Saved Report"), tr("Delete the saved report “%1”?").arg(m_savedCombo->currentText()))
        != QMessageBox::Yes)
        return;
    const int version = m_savedCombo->currentData(ItemRoles::VersionRole).toInt();
    // Changed by someone else since the list was read: nothing is deleted, the message says who.
    if (auto removed = SavedReportRepository(m_session->connection(), m_session->account().id).remove(id, version); !removed)
        QMessageBox::warning(this, tr("Delete Saved Report"), removed.errorMessage());
    reloadSavedReports();
}

void ReportsTab::openSavedReport(int index)
{
    const qint64 id = m_savedCombo->itemData(index).toLongLong();
    m_deleteSavedButton->setEnabled(id != 0);
    if (id == 0)
        return;
    const auto saved = SavedReportRepository(m_session->connection(), m_session->account().id).all();
    for (const SavedReport &report : saved ? saved.value() : QList<SavedReport>()) {
        if (report.id != id)
            continue;
        setQuery(report.query);
        const int preset = report.preset.isEmpty() ? int(ReportWindow::Preset::Custom) : report.preset.toInt();
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(preset));
        applyPreset(); // a preset stays relative to today
        displayReport();
        return;
    }
}

void ReportsTab::saveChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), tr("missed-calls.png"), tr("PNG image (*.png);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool saved = m_results->currentIndex() == 1 ? m_dayChart->exportTo(path) : m_heatmap->exportTo(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save Chart"), tr("Cannot write %1").arg(path));
}
