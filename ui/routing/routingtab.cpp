#include "routingtab.h"

#include "weekcoveragegrid.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "core/phonenumber.h"
#include "dialogs/conflictdialog.h"
#include "routing/routeevaluator.h"
#include "routing/routinglinter.h"
#include "routing/routingreplay.h"
#include "routing/routingrulesmodel.h"
#include "routing/weekcoverage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

RoutingTab::RoutingTab(AccountSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("routingTab"));
    m_rules = new RoutingRulesModel(this);
    buildUi();
    connect(m_session, &AccountSession::databaseChanged, this, &RoutingTab::reloadNumbers);
    connect(m_session, &AccountSession::accountChanged, this, &RoutingTab::reloadNumbers);
    connect(m_session, &AccountSession::roleChanged, this, &RoutingTab::applyRole);
    connect(m_session, &AccountSession::dataChanged, this, [this] {
        if (!m_dirty)
            reloadNumbers(); // numbers may have been added or changed in another tab
    });
    connect(m_session, &AccountSession::changedElsewhere, this, &RoutingTab::applyChangeElsewhere);
    reloadNumbers();
}

void RoutingTab::buildUi()
{
    // Top bar: the number, its zone and voicemail, Save Changes / Revert.
    m_numberCombo = new QComboBox(this);
    m_numberCombo->setObjectName(QStringLiteral("numberCombo"));
    m_numberCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_timezoneCombo = new QComboBox(this);
    m_timezoneCombo->setObjectName(QStringLiteral("timezoneCombo"));
    m_timezoneCombo->setEditable(true);
    m_timezoneCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timezoneCombo->addItem(QString::fromUtf8(id));
    m_voicemailCheck = new QCheckBox(tr("Voicemail when no rule covers a time"), this);
    m_voicemailCheck->setObjectName(QStringLiteral("voicemailCheck"));
    m_saveButton = button(QStringLiteral("saveButton"), tr("&Save Changes"), this);
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the draft (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton = button(QStringLiteral("revertButton"), tr("&Revert"), this);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("draftStateLabel"));

    auto *top = new QHBoxLayout;
    auto *numberLabel = new QLabel(tr("&Number:"), this);
    numberLabel->setBuddy(m_numberCombo);
    auto *zoneLabel = new QLabel(tr("Activity &time zone:"), this);
    zoneLabel->setBuddy(m_timezoneCombo);
    top->addWidget(numberLabel);
    top->addWidget(m_numberCombo);
    top->addSpacing(12);
    top->addWidget(zoneLabel);
    top->addWidget(m_timezoneCombo);
    top->addWidget(m_voicemailCheck);
    top->addStretch(1);
    top->addWidget(m_stateLabel);
    top->addWidget(m_revertButton);
    top->addWidget(m_saveButton);

    // Left: the ordered rules, their buttons, the editor and the warnings.
    m_rulesView = new QTableView(this);
    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    m_rulesView->setModel(m_rules);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->horizontalHeader()->setStretchLastSection(true);
    m_rulesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rulesView->setWordWrap(false);
    m_rulesView->verticalHeader()->setDefaultSectionSize(22);
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addButton = button(QStringLiteral("addRuleButton"), tr("&Add"), this);
    m_addButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_duplicateButton = button(QStringLiteral("duplicateRuleButton"), tr("D&uplicate"), this);
    m_duplicateButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteButton = button(QStringLiteral("deleteRuleButton"), tr("&Delete…"), this);
    m_upButton = button(QStringLiteral("moveUpButton"), tr("Move &Up"), this);
    m_upButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downButton = button(QStringLiteral("moveDownButton"), tr("Move Do&wn"), this);
    m_downButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_rulesView->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RoutingTab::deleteRule);
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_duplicateButton, m_deleteButton, m_upButton, m_downButton})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);

    m_editor = new QGroupBox(tr("Rule"), this);
    m_editor->setObjectName(QStringLiteral("ruleEditor"));
    m_nameEdit = new QLineEdit(m_editor);
    m_nameEdit->setObjectName(QStringLiteral("ruleNameEdit"));
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *check = new QCheckBox(Localization::locale().dayName(day, QLocale::ShortFormat), m_editor);
        check->setObjectName(QStringLiteral("dayCheck_%1").arg(RoutingRule::dayName(day)));
        m_dayChecks << check;
        days->addWidget(check);
    }
    days->addStretch(1);
    m_startEdit = new QLineEdit(m_editor);
    m_startEdit->setObjectName(QStringLiteral("startEdit"));
    m_startEdit->setPlaceholderText(QStringLiteral("09:00"));
    m_startEdit->setMaximumWidth(70);
    m_endEdit = new QLineEdit(m_editor);
    m_endEdit->setObjectName(QStringLiteral("endEdit"));
    m_endEdit->setPlaceholderText(QStringLiteral("17:00"));
    m_endEdit->setMaximumWidth(70);
    m_endEdit->setToolTip(tr("24:00 ends at midnight; an end not after the start runs past midnight"));
    auto *times = new QHBoxLayout;
    times->addWidget(m_startEdit);
    times->addWidget(new QLabel(tr("to"), m_editor));
    times->addWidget(m_endEdit);
    times->addStretch(1);
    m_datesCheck = new QCheckBox(tr("Only &between"), m_editor);
    m_datesCheck->setObjectName(QStringLiteral("datesCheck"));
    m_fromEdit = new QDateEdit(m_editor);
    m_fromEdit->setObjectName(QStringLiteral("dateFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit = new QDateEdit(m_editor);
    m_toEdit->setObjectName(QStringLiteral("dateToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_datesCheck);
    dates->addWidget(m_fromEdit);
    dates->addWidget(new QLabel(tr("and"), m_editor));
    dates->addWidget(m_toEdit);
    dates->addStretch(1);
    m_actionCombo = new QComboBox(m_editor);
    m_actionCombo->setObjectName(QStringLiteral("actionCombo"));
    for (RoutingRule::Action action : {RoutingRule::Action::Forward, RoutingRule::Action::Voicemail, RoutingRule::Action::Reject,
                                       RoutingRule::Action::Ivr})
        m_actionCombo->addItem(RoutingRule::actionLabel(action), RoutingRule::actionName(action));
    m_strategyCombo = new QComboBox(m_editor);
    m_strategyCombo->setObjectName(QStringLiteral("strategyCombo"));
    for (RoutingRule::Strategy strategy : {RoutingRule::Strategy::Simultaneous, RoutingRule::Strategy::Sequential, RoutingRule::Strategy::Random})
        m_strategyCombo->addItem(RoutingRule::strategyLabel(strategy), RoutingRule::strategyName(strategy));
    auto *action = new QHBoxLayout;
    action->addWidget(m_actionCombo);
    action->addWidget(new QLabel(tr("ringing"), m_editor));
    action->addWidget(m_strategyCombo);
    action->addStretch(1);
    m_destinationsEdit = new QLineEdit(m_editor);
    m_destinationsEdit->setObjectName(QStringLiteral("destinationsEdit"));
    m_destinationsEdit->setPlaceholderText(tr("+15145550100, +15145550101"));
    m_editorError = new QLabel(m_editor);
    m_editorError->setObjectName(QStringLiteral("editorErrorLabel"));
    m_editorError->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_editorError->setWordWrap(true);
    auto *form = new QFormLayout(m_editor);
    form->addRow(tr("Na&me:"), m_nameEdit);
    form->addRow(tr("Days:"), days);
    form->addRow(tr("From:"), times);
    form->addRow(tr("Dates:"), dates);
    auto *actionLabel = new QLabel(tr("A&ction:"), m_editor);
    actionLabel->setBuddy(m_actionCombo);
    form->addRow(actionLabel, action);
    form->addRow(tr("Des&tinations:"), m_destinationsEdit);
    form->addRow(m_editorError);

    m_warningsList = new QListWidget(this);
    m_warningsList->setObjectName(QStringLiteral("warningsList"));
    m_warningsList->setWordWrap(true);
    m_warningsList->setMaximumHeight(110);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_rulesView, 2);
    leftLayout->addLayout(ruleButtons);
    leftLayout->addWidget(m_editor);
    leftLayout->addWidget(new QLabel(tr("Warnings:"), left));
    leftLayout->addWidget(m_warningsList, 1);

    // Right: coverage grid, simulator, replay.
    auto *gridBox = new QGroupBox(tr("Week coverage (grey: voicemail, red: rejected, cross-hatched: holidays and other dated rules)"), this);
    m_grid = new WeekCoverageGrid(gridBox);
    m_prevWeekButton = button(QStringLiteral("previousWeekButton"), tr("◀"), gridBox);
    m_prevWeekButton->setToolTip(tr("Previous week"));
    m_thisWeekButton = button(QStringLiteral("thisWeekButton"), tr("T&his Week"), gridBox);
    m_thisWeekButton->setToolTip(tr("The week of today in the number's time zone"));
    m_nextWeekButton = button(QStringLiteral("nextWeekButton"), tr("▶"), gridBox);
    m_nextWeekButton->setToolTip(tr("Next week"));
    for (QPushButton *b : {m_prevWeekButton, m_nextWeekButton})
        b->setMaximumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("MMM")) + 12);
    m_weekLabel = new QLabel(gridBox);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_prevWeekButton);
    weekRow->addWidget(m_thisWeekButton);
    weekRow->addWidget(m_nextWeekButton);
    weekRow->addWidget(m_weekLabel, 1);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->addLayout(weekRow);
    gridLayout->addWidget(m_grid);

    auto *simBox = new QGroupBox(tr("Simulator"), this);
    m_simAt = new QDateTimeEdit(simBox);
    m_simAt->setObjectName(QStringLiteral("simulatorDateTime"));
    m_simAt->setTimeSpec(Qt::UTC); // a neutral wall clock: read in the number's zone, never the machine's
    m_simAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_simAt->setCalendarPopup(true);
    m_simUtc = new QLabel(simBox);
    m_simUtc->setObjectName(QStringLiteral("simulatorUtcLabel"));
    m_simCaller = new QLineEdit(simBox);
    m_simCaller->setObjectName(QStringLiteral("simulatorCallerEdit"));
    m_simCaller->setPlaceholderText(tr("optional: +15145550123 or anonymous"));
    m_simButton = button(QStringLiteral("simulateButton"), tr("S&imulate"), simBox);
    m_simResult = new QLabel(simBox);
    m_simResult->setObjectName(QStringLiteral("simulatorResultLabel"));
    m_simResult->setWordWrap(true);
    m_simResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *simForm = new QFormLayout(simBox);
    auto *simRow = new QHBoxLayout;
    simRow->addWidget(m_simAt);
    simRow->addWidget(m_simUtc, 1);
    simForm->addRow(tr("Call at:"), simRow);
    auto *callerRow = new QHBoxLayout;
    callerRow->addWidget(m_simCaller, 1);
    callerRow->addWidget(m_simButton);
    auto *callerLabel = new QLabel(tr("Ca&ller:"), simBox);
    callerLabel->setBuddy(m_simCaller);
    simForm->addRow(callerLabel, callerRow);
    simForm->addRow(m_simResult);

    auto *replayBox = new QGroupBox(tr("Replay of real calls: draft against saved rules"), this);
    m_replayWeeks = new QSpinBox(replayBox);
    m_replayWeeks->setObjectName(QStringLiteral("replayWeeksSpin"));
    m_replayWeeks->setRange(1, 26);
    m_replayWeeks->setValue(4);
    m_replayWeeks->setSuffix(tr(" week(s)"));
    m_replayButton = button(QStringLiteral("replayButton"), tr("Re&play"), replayBox);
    m_replayTable = new QTableWidget(0, 2, replayBox);
    m_replayTable->setObjectName(QStringLiteral("replayTable"));
    m_replayTable->setHorizontalHeaderLabels({tr("Draft"), tr("Saved")});
    m_replayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_replayTable->verticalHeader()->setDefaultSectionSize(20);
    m_replayTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *replayLayout = new QVBoxLayout(replayBox);
    auto *replayRow = new QHBoxLayout;
    replayRow->addWidget(new QLabel(tr("Last"), replayBox));
    replayRow->addWidget(m_replayWeeks);
    replayRow->addWidget(m_replayButton);
    replayRow->addStretch(1);
    replayLayout->addLayout(replayRow);
    replayLayout->addWidget(m_replayTable);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(gridBox, 3);
    rightLayout->addWidget(simBox);
    rightLayout->addWidget(replayBox, 2);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("routingSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // Wiring.
    connect(m_numberCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_numberCombo->itemData(index).toLongLong();
        if (id == m_numberId)
            return;
        if (!confirmLeave()) {
            m_numberCombo->setCurrentIndex(m_numberCombo->findData(m_numberId));
            return;
        }
        loadNumber(id);
    });
    connect(m_timezoneCombo, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        setDirty(true);
        refreshDerived();
    });
    connect(m_voicemailCheck, &QCheckBox::toggled, this, [this] {
        if (m_loading)
            return;
        setDirty(true);
        refreshDerived();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &RoutingTab::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Revert"), tr("Discard your changes to the routing of %1?").arg(m_saved.number.e164),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard)
            revert();
    });
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRuleInEditor(current.row()); });
    connect(m_addButton, &QPushButton::clicked, this, &RoutingTab::addRule);
    connect(m_duplicateButton, &QPushButton::clicked, this, &RoutingTab::duplicateRule);
    connect(m_deleteButton, &QPushButton::clicked, this, &RoutingTab::deleteRule);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_nameEdit, &QLineEdit::textEdited, this, &RoutingTab::applyEditor);
    for (QCheckBox *check : std::as_const(m_dayChecks))
        connect(check, &QCheckBox::toggled, this, &RoutingTab::applyEditor);
    connect(m_startEdit, &QLineEdit::textEdited, this, &RoutingTab::applyEditor);
    connect(m_endEdit, &QLineEdit::textEdited, this, &RoutingTab::applyEditor);
    connect(m_datesCheck, &QCheckBox::toggled, this, &RoutingTab::applyEditor);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &RoutingTab::applyEditor);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &RoutingTab::applyEditor);
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &RoutingTab::applyEditor);
    connect(m_strategyCombo, &QComboBox::currentIndexChanged, this, &RoutingTab::applyEditor);
    connect(m_destinationsEdit, &QLineEdit::textEdited, this, &RoutingTab::applyEditor);
    connect(m_grid, &WeekCoverageGrid::ruleClicked, this, &RoutingTab::selectRow);
    connect(m_prevWeekButton, &QPushButton::clicked, this, [this] { showWeek(m_weekStart.addDays(-7)); });
    connect(m_nextWeekButton, &QPushButton::clicked, this, [this] { showWeek(m_weekStart.addDays(7)); });
    connect(m_thisWeekButton, &QPushButton::clicked, this, [this] { showWeek(QDate()); });
    connect(m_simButton, &QPushButton::clicked, this, &RoutingTab::simulate);
    connect(m_simCaller, &QLineEdit::returnPressed, this, &RoutingTab::simulate);
    connect(m_simAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        const QDateTime instant(m_simAt->date(), m_simAt->time(), draftZone());
        m_simUtc->setText(instant.isValid() ? tr("= %1 UTC").arg(instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                            : tr("does not exist in %1 (clocks go forward)").arg(QString::fromUtf8(draftZone().id())));
    });
    connect(m_replayButton, &QPushButton::clicked, this, &RoutingTab::replay);
}

QTimeZone RoutingTab::draftZone() const
{
    const QTimeZone zone(m_timezoneCombo->currentText().trimmed().toUtf8());
    return zone.isValid() ? zone : QTimeZone(RoutingConfig::defaultTimezone().toUtf8());
}

RoutingConfig RoutingTab::draftConfig() const
{
    RoutingConfig config = m_saved.config;
    config.timezone = m_timezoneCombo->currentText().trimmed();
    config.voicemail = m_voicemailCheck->isChecked();
    config.rules = m_rules->rules();
    return config;
}

QString RoutingTab::pendingChangesSubject() const
{
    return tr("the routing of %1").arg(PhoneNumber::displayForm(m_saved.number.e164));
}

void RoutingTab::reloadNumbers()
{
    m_loading = true;
    const qint64 keep = m_numberId;
    m_numberCombo->clear();
    QList<RoutingRepository::Number> numbers;
    if (m_session->isOpen() && m_session->hasAccount()) {
        auto loaded = RoutingRepository(m_session->connection()).numbers(m_session->account().id);
        if (loaded)
            numbers = loaded.value();
    }
    for (const RoutingRepository::Number &number : std::as_const(numbers)) {
        const QString label = number.note.isEmpty() ? PhoneNumber::displayForm(number.e164)
                                                    : tr("%1 — %2").arg(PhoneNumber::displayForm(number.e164), number.note);
        m_numberCombo->addItem(label, number.id);
    }
    m_loading = false;
    const int index = qMax(0, m_numberCombo->findData(keep));
    m_numberCombo->setCurrentIndex(index);
    loadNumber(numbers.isEmpty() ? 0 : m_numberCombo->itemData(index).toLongLong());
}

void RoutingTab::loadNumber(qint64 numberId)
{
    m_loading = true;
    m_numberId = numberId;
    m_saved = {};
    if (numberId != 0) {
        auto stored = RoutingRepository(m_session->connection()).loadById(m_session->account().id, numberId);
        if (stored)
            m_saved = stored.value();
        else
            QMessageBox::warning(this, tr("Advanced Routing"), stored.errorMessage());
    }
    m_timezoneCombo->setCurrentText(m_saved.config.timezone);
    m_voicemailCheck->setChecked(m_saved.config.voicemail);
    m_rules->setRules(m_saved.config.rules);
    m_replayTable->setRowCount(0);
    m_simResult->clear();
    m_simAt->setDateTime(QDateTime(m_session->clock().now().toTimeZone(draftZone()).date(),
                                   m_session->clock().now().toTimeZone(draftZone()).time(), QTimeZone::utc()));
    m_loading = false;
    setDirty(false);
    refreshDerived();
    selectRow(m_rules->rowCount() > 0 ? 0 : -1);
    applyRole();
}

void RoutingTab::applyRole()
{
    const bool editable = m_session->canChange() && m_numberId != 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_timezoneCombo, m_voicemailCheck, m_addButton, m_duplicateButton,
                                                           m_deleteButton, m_upButton, m_downButton, m_editor})
        widget->setEnabled(editable);
    m_saveButton->setEnabled(editable && m_dirty);
    m_revertButton->setEnabled(editable && m_dirty);
    m_simButton->setEnabled(m_numberId != 0);
    m_replayButton->setEnabled(m_numberId != 0);
    if (!m_session->canChange())
        m_stateLabel->setText(tr("Read-only: your role can view routing but not change it"));
    if (editable && m_rules->rowCount() == 0)
        m_editor->setEnabled(false);
}

void RoutingTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_stateLabel->setText(dirty ? tr("Unsaved changes") : QString());
    applyRole();
}

void RoutingTab::showWeek(const QDate &monday)
{
    m_weekStart = monday.isValid() ? WeekCoverage::mondayOf(monday) : QDate(); // null: this week
    refreshDerived();
}

void RoutingTab::refreshDerived()
{
    const RoutingConfig config = draftConfig();
    QStringList names;
    for (const RoutingRule &rule : config.rules)
        names << rule.name;
    if (!m_weekStart.isValid())
        m_weekStart = WeekCoverage::mondayOf(m_session->clock().today(draftZone()));
    const WeekCoverage coverage(config.rules, m_weekStart);
    m_grid->setCoverage(coverage, names, config.voicemail);
    const QLocale locale = Localization::locale();
    m_weekLabel->setText(tr("%1 – %2").arg(locale.toString(m_weekStart, QLocale::ShortFormat),
                                          locale.toString(m_weekStart.addDays(6), QLocale::ShortFormat)));
    m_grid->setSelectedRule(currentRow());
    const QList<RoutingWarning> warnings = RoutingLinter::lint(config, m_saved.number.e164, m_session->clock().now());
    m_rules->setWarnings(warnings);
    m_warningsList->clear();
    for (const RoutingWarning &warning : warnings) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + warning.message, m_warningsList);
        item->setData(Qt::UserRole, warning.ruleIndex);
    }
    if (warnings.isEmpty() && m_numberId != 0)
        new QListWidgetItem(tr("No warnings."), m_warningsList);
    if (!m_simResult->text().isEmpty())
        simulate(); // keep the answer in step with the draft
}

int RoutingTab::currentRow() const
{
    const QModelIndex current = m_rulesView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RoutingTab::selectRow(int row)
{
    if (row < 0 || row >= m_rules->rowCount()) {
        m_rulesView->selectionModel()->clearCurrentIndex();
        showRuleInEditor(-1);
        return;
    }
    m_rulesView->selectionModel()->setCurrentIndex(m_rules->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_rulesView->scrollTo(m_rules->index(row, 0));
}

void RoutingTab::showRuleInEditor(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && row < m_rules->rowCount();
    const RoutingRule rule = valid ? m_rules->rule(row) : RoutingRule();
    m_nameEdit->setText(rule.name);
    for (int day = 1; day <= 7; ++day)
        m_dayChecks.at(day - 1)->setChecked(rule.hasDay(day));
    m_startEdit->setText(valid ? RoutingRule::formatTime(rule.startMinute) : QString());
    m_endEdit->setText(valid ? RoutingRule::formatTime(rule.endMinute) : QString());
    m_datesCheck->setChecked(rule.isDateBounded());
    const QDate today = m_session->clock().today(draftZone());
    m_fromEdit->setDate(rule.dateFrom.value_or(today));
    m_toEdit->setDate(rule.dateTo.value_or(today));
    m_actionCombo->setCurrentIndex(m_actionCombo->findData(RoutingRule::actionName(rule.action)));
    m_strategyCombo->setCurrentIndex(
        m_strategyCombo->findData(RoutingRule::strategyName(rule.strategy.value_or(RoutingRule::Strategy::Simultaneous))));
    m_destinationsEdit->setText(rule.destinations.join(QStringLiteral(", ")));
    m_editorError->clear();
    m_loading = false;
    m_editor->setEnabled(valid && m_session->canChange());
    updateEditorFields();
    m_grid->setSelectedRule(row);
}

void RoutingTab::updateEditorFields()
{
    // Only the fields that mean something for the chosen action and kind of rule can be edited.
    const QString action = m_actionCombo->currentData().toString();
    m_fromEdit->setEnabled(m_datesCheck->isChecked());
    m_toEdit->setEnabled(m_datesCheck->isChecked());
    m_strategyCombo->setEnabled(action == QLatin1String("forward"));
    m_destinationsEdit->setEnabled(action == QLatin1String("forward") || action == QLatin1String("ivr"));
}

void RoutingTab::applyEditor()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    RoutingRule rule = m_rules->rule(row);
    rule.name = m_nameEdit->text().trimmed();
    rule.days = 0;
    for (int day = 1; day <= 7; ++day)
        rule.setDay(day, m_dayChecks.at(day - 1)->isChecked());
    const auto start = RoutingRule::parseTime(m_startEdit->text(), false);
    const auto end = RoutingRule::parseTime(m_endEdit->text(), true);
    updateEditorFields();
    if (!start || !end) {
        // Half-typed times stay in the editor; the draft keeps the last valid rule.
        m_editorError->setText(!start ? tr("Start: write a time as HH:MM, 00:00–23:59")
                                      : tr("End: write a time as HH:MM, 00:00–24:00"));
        return;
    }
    m_editorError->clear();
    rule.startMinute = *start;
    rule.endMinute = *end;
    if (m_datesCheck->isChecked()) {
        rule.dateFrom = m_fromEdit->date();
        rule.dateTo = m_toEdit->date();
    } else {
        rule.dateFrom.reset();
        rule.dateTo.reset();
    }
    rule.action = RoutingRule::parseAction(m_actionCombo->currentData().toString()).value_or(RoutingRule::Action::Forward);
    rule.destinations.clear();
    rule.strategy.reset();
    if (rule.action == RoutingRule::Action::Forward || rule.action == RoutingRule::Action::Ivr) {
        for (const QString &part : m_destinationsEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            auto parsed = PhoneNumber::parse(part);
            rule.destinations << (parsed ? parsed->e164() : part);
        }
        if (rule.action == RoutingRule::Action::Forward)
            rule.strategy = RoutingRule::parseStrategy(m_strategyCombo->currentData().toString());
    }
    if (rule == m_rules->rule(row))
        return;
    m_rules->setRule(row, rule);
    setDirty(true);
    refreshDerived();
}

void RoutingTab::addRule()
{
    RoutingRule rule;
    rule.name = tr("New rule");
    for (int day = 1; day <= 5; ++day)
        rule.setDay(day, true);
    rule.startMinute = 9 * 60;
    rule.endMinute = 17 * 60;
    rule.action = RoutingRule::Action::Voicemail;
    const int row = currentRow() + 1;
    m_rules->insertRule(row, rule);
    setDirty(true);
    refreshDerived();
    selectRow(row);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void RoutingTab::duplicateRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    RoutingRule copy = m_rules->rule(row);
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_rules->insertRule(row + 1, copy);
    setDirty(true);
    refreshDerived();
    selectRow(row + 1);
}

void RoutingTab::deleteRule()
{
    const int row = currentRow();
    if (row < 0 || !m_session->canChange())
        return;
    if (QMessageBox::question(this, tr("Delete Rule"), tr("Delete the rule “%1” from the draft?").arg(m_rules->rule(row).name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_rules->removeRule(row);
    setDirty(true);
    refreshDerived();
    selectRow(qMin(row, m_rules->rowCount() - 1));
}

void RoutingTab::moveRule(int delta)
{
    const int row = currentRow();
    if (row < 0 || !m_rules->moveRule(row, row + delta))
        return;
    setDirty(true);
    refreshDerived();
    selectRow(row + delta);
}

bool RoutingTab::save()
{
    if (m_numberId == 0)
        return false;
    const RoutingConfig config = draftConfig();
    auto saved = RoutingRepository(m_session->connection())
                     .save(m_session->account().id, m_numberId, m_saved.number.version, config, m_session->role());
    if (!saved) {
        if (saved.errorKind() == Error::Kind::Conflict) {
            // Someone saved this number's routing first: reload theirs, overwrite it with the draft
            // (knowing whose change goes), or keep the draft on screen.
            switch (ConflictDialog::ask(this, saved.error())) {
            case ConflictDialog::Choice::Reload:
                revert();
                break;
            case ConflictDialog::Choice::Overwrite:
                m_saved.number.version = saved.error().currentVersion;
                return save();
            case ConflictDialog::Choice::KeepEditing:
                break;
            }
        } else {
            QMessageBox::warning(this, tr("Save Changes"), tr("The routing was not saved: %1").arg(saved.errorMessage()));
        }
        return false;
    }
    const int row = currentRow();
    loadNumber(m_numberId);
    selectRow(row);
    m_stateLabel->setText(tr("Saved"));
    m_session->notifyDataChanged();
    return true;
}

void RoutingTab::applyChangeElsewhere(const QString &table, qint64 key)
{
    static const QStringList routingTables{QStringLiteral("numbers"), QStringLiteral("routing_rules"),
                                           QStringLiteral("caller_filters"), QStringLiteral("*")};
    if (!routingTables.contains(table))
        return;
    const bool thisNumber = key == 0 || key == m_numberId;
    if (m_dirty) {
        // The draft stays; saving it will show who changed the routing and let the user choose.
        if (thisNumber)
            m_stateLabel->setText(tr("Someone else changed this number's routing. Your changes are kept; saving them "
                                     "will ask whose to keep."));
        return;
    }
    const int row = currentRow();
    reloadNumbers();
    if (row >= 0 && m_rules->rowCount() > 0)
        selectRow(qMin(row, m_rules->rowCount() - 1));
    if (thisNumber)
        m_stateLabel->setText(tr("Updated with a change made by someone else"));
}

void RoutingTab::revert()
{
    const int row = currentRow();
    loadNumber(m_numberId);
    selectRow(qMin(row, m_rules->rowCount() - 1));
}

void RoutingTab::simulate()
{
    if (m_numberId == 0)
        return;
    const RoutingConfig config = draftConfig();
    const QTimeZone zone = draftZone();
    const QDateTime instant(m_simAt->date(), m_simAt->time(), zone);
    if (!instant.isValid()) {
        m_simResult->setText(tr("%1 does not exist in %2: the clocks go forward over it.")
                                 .arg(m_simAt->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::fromUtf8(zone.id())));
        return;
    }
    const RouteEvaluator evaluator(config);
    RouteDecision decision;
    const QString caller = m_simCaller->text().trimmed();
    if (caller.isEmpty()) {
        decision = evaluator.evaluate(instant);
    } else {
        auto pattern = CallerFilter::normalizePattern(caller);
        if (!pattern || CallerFilter::patternKind(pattern.value()) == CallerFilter::PatternKind::Wildcard) {
            m_simResult->setText(tr("Caller: “%1” is not a number in international form or “anonymous”.").arg(caller));
            return;
        }
        decision = evaluator.evaluate(instant, pattern.value());
    }
    m_simResult->setText(tr("<b>%1</b> — %2").arg(RouteDecision::actionName(decision.action).toUpper(), decision.explanation().toHtmlEscaped()));
    if (decision.ruleIndex >= 0)
        m_grid->setSelectedRule(decision.ruleIndex);
}

void RoutingTab::replay()
{
    if (m_numberId == 0)
        return;
    const QDateTime to = m_session->clock().now();
    const QDateTime from = to.addDays(-7 * m_replayWeeks->value());
    const RoutingConfig draft = draftConfig();
    auto result = RoutingReplay::run(m_session->connection(), m_session->account().id, m_numberId, from, to, draft, m_saved.config);
    if (!result) {
        QMessageBox::warning(this, tr("Replay"), result.errorMessage());
        return;
    }
    // One row per rule name (draft order, then saved rules the draft no longer has), then the outcomes.
    QStringList names;
    for (const RoutingRule &rule : draft.rules)
        if (!names.contains(rule.name))
            names << rule.name;
    for (const RoutingRule &rule : m_saved.config.rules)
        if (!names.contains(rule.name))
            names << rule.name;
    auto perName = [](const RoutingConfig &config, const RoutingReplay::Counts &counts, const QString &name) {
        qint64 total = 0;
        for (int i = 0; i < config.rules.size(); ++i)
            if (config.rules.at(i).name == name)
                total += counts.perRule.value(i);
        return total;
    };
    const RoutingReplay::Counts &d = result->draft;
    const RoutingReplay::Counts &s = result->saved;
    QList<std::tuple<QString, qint64, qint64>> rows;
    for (const QString &name : std::as_const(names))
        rows.append({tr("Rule “%1”").arg(name), perName(draft, d, name), perName(m_saved.config, s, name)});
    rows.append({tr("No rule: voicemail"), draft.voicemail ? d.uncovered : 0, m_saved.config.voicemail ? s.uncovered : 0});
    rows.append({tr("No rule: rejected"), draft.voicemail ? 0 : d.uncovered, m_saved.config.voicemail ? 0 : s.uncovered});
    rows.append({tr("Blocked by the filter"), d.blocked, s.blocked});
    rows.append({tr("All calls"), d.total, s.total});
    const QLocale locale = Localization::locale();
    m_replayTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &[label, draftCount, savedCount] = rows.at(r);
        m_replayTable->setVerticalHeaderItem(r, new QTableWidgetItem(label));
        auto *draftItem = new QTableWidgetItem(locale.toString(draftCount));
        auto *savedItem = new QTableWidgetItem(locale.toString(savedCount));
        draftItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        savedItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (draftCount != savedCount) {
            QFont bold = draftItem->font();
            bold.setBold(true);
            draftItem->setFont(bold);
        }
        m_replayTable->setItem(r, 0, draftItem);
        m_replayTable->setItem(r, 1, savedItem);
    }
    m_replayTable->setToolTip(tr("%n call(s) from %1 to %2", nullptr, int(d.total))
                                  .arg(locale.toString(from.toTimeZone(draftZone()).date(), QLocale::ShortFormat),
                                       locale.toString(to.toTimeZone(draftZone()).date(), QLocale::ShortFormat)));
}
