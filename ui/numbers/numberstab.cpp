#include "numberstab.h"

#include "addnumberdialog.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"
#include "dialogs/conflictdialog.h"
#include "numbers/activitymodel.h"
#include "numbers/callerfiltermodel.h"
#include "numbers/callerfilterrepository.h"
#include "numbers/numbersmodel.h"
#include "numbers/unreturnedmissedcallsmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QTableView *table(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

const QStringList &portingStatuses()
{
    static const QStringList statuses{QStringLiteral("submitted"), QStringLiteral("in-progress"), QStringLiteral("completed"),
                                      QStringLiteral("rejected"), QStringLiteral("cancelled")};
    return statuses;
}

constexpr int kPortingIdRole = Qt::UserRole;
constexpr int kPortingVersionRole = Qt::UserRole + 1;
constexpr int kPortingStatusRole = Qt::UserRole + 2;

QString portingStatusName(const QString &status)
{
    if (status == QLatin1String("in-progress")) return NumbersTab::tr("In progress");
    if (status == QLatin1String("completed")) return NumbersTab::tr("Completed");
    if (status == QLatin1String("rejected")) return NumbersTab::tr("Rejected");
    if (status == QLatin1String("cancelled")) return NumbersTab::tr("Cancelled");
    return NumbersTab::tr("Submitted");
}

} // namespace

NumbersTab::NumbersTab(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_numbersModel(new NumbersModel(this)),
      m_numbersProxy(new QSortFilterProxyModel(this)), m_activityModel(new ActivityModel(this)),
      m_filterModel(new CallerFilterModel(this)), m_missedModel(new UnreturnedMissedCallsModel(this)),
      m_searchEdit(new QLineEdit(this)), m_countryCombo(new QComboBox(this)), m_typeCombo(new QComboBox(this)),
      m_planCombo(new QComboBox(this)), m_addButton(button(tr("&Add Number…"), QStringLiteral("addNumberButton"), this)),
      m_releaseButton(button(tr("&Release…"), QStringLiteral("releaseNumberButton"), this)),
      m_swapButton(button(tr("Request a &Swap…"), QStringLiteral("swapNumberButton"), this)),
      m_numbersTable(table(QStringLiteral("numbersTable"), this)), m_detailTabs(new QTabWidget(this)),
      m_detailTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("numbersTab"));
    m_searchEdit->setObjectName(QStringLiteral("numbersSearch"));
    m_searchEdit->setPlaceholderText(tr("Search number, note or rate centre (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_countryCombo->setObjectName(QStringLiteral("numbersCountryFilter"));
    m_countryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeCombo->setObjectName(QStringLiteral("numbersTypeFilter"));
    m_typeCombo->addItem(tr("All types"), QString());
    m_typeCombo->addItem(tr("Local"), QStringLiteral("local"));
    m_typeCombo->addItem(tr("Toll-free"), QStringLiteral("toll-free"));
    m_typeCombo->addItem(tr("International"), QStringLiteral("international"));
    m_planCombo->setObjectName(QStringLiteral("numbersPlanFilter"));
    m_planCombo->addItem(tr("All plans"), QString());
    m_planCombo->addItem(tr("Flat"), QStringLiteral("flat"));
    m_planCombo->addItem(tr("Per-minute"), QStringLiteral("per-minute"));
    m_addButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));
    m_addButton->setToolTip(tr("Add a number to the account (Ctrl+N)"));
    m_releaseButton->setToolTip(tr("Release the selected number: its rules and filters go, its calls stay in reports (Del)"));
    m_swapButton->setToolTip(tr("Ask for a fresh number to replace this one because of spam"));

    m_numbersProxy->setSourceModel(m_numbersModel);
    m_numbersProxy->setSortRole(ItemRoles::RawValueRole);
    m_numbersTable->setModel(m_numbersProxy);
    m_numbersTable->setSortingEnabled(true);
    m_numbersTable->sortByColumn(NumbersModel::NumberColumn, Qt::AscendingOrder);
    m_numbersTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_numbersTable->horizontalHeader()->setStretchLastSection(false);
    m_numbersTable->horizontalHeader()->setSectionResizeMode(NumbersModel::NoteColumn, QHeaderView::Stretch);
    for (int column = NumbersModel::VoicemailColumn; column < NumbersModel::ColumnCount; ++column)
        m_numbersTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_searchEdit, 1);
    filterBar->addWidget(m_countryCombo);
    filterBar->addWidget(m_typeCombo);
    filterBar->addWidget(m_planCombo);
    filterBar->addSpacing(12);
    filterBar->addWidget(m_addButton);
    filterBar->addWidget(m_releaseButton);
    filterBar->addWidget(m_swapButton);

    m_detailTabs->setObjectName(QStringLiteral("numberDetailTabs"));
    m_filtersPage = createFiltersPage();
    m_activityPage = createActivityPage();
    m_portingPage = createPortingPage();
    m_detailTabs->addTab(createGeneralPage(), tr("General"));
    m_detailTabs->addTab(m_filtersPage, tr("Caller Filters"));
    m_detailTabs->addTab(createIvrPage(), tr("IVR Gate"));
    m_detailTabs->addTab(createBillingPage(), tr("Billing"));
    m_detailTabs->addTab(m_activityPage, tr("Activity"));
    m_detailTabs->addTab(m_portingPage, tr("Porting"));
    connect(m_detailTabs, &QTabWidget::currentChanged, this, &NumbersTab::loadShownPage);
    m_detailTitle->setObjectName(QStringLiteral("numberDetailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailTabs, 1);

    m_missedGroup = new QGroupBox(this);
    m_missedGroup->setObjectName(QStringLiteral("missedCallsGroup"));
    m_missedTable = table(QStringLiteral("missedCallsTable"), m_missedGroup);
    m_missedTable->setModel(m_missedModel);
    m_missedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blockCallerButton = button(tr("&Block This Caller"), QStringLiteral("blockCallerButton"), m_missedGroup);
    m_blockCallerButton->setToolTip(tr("Add the caller to the block list of the number they called"));
    m_copyCallerButton = button(tr("&Copy Number"), QStringLiteral("copyCallerButton"), m_missedGroup);
    m_copyCallerButton->setToolTip(tr("Copy the caller's number to the clipboard to call them back"));
    auto *missedButtons = new QVBoxLayout;
    missedButtons->addWidget(m_blockCallerButton);
    missedButtons->addWidget(m_copyCallerButton);
    missedButtons->addStretch();
    auto *missedLayout = new QHBoxLayout(m_missedGroup);
    missedLayout->addWidget(m_missedTable, 1);
    missedLayout->addLayout(missedButtons);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("numbersLeftSplitter"));
    left->addWidget(m_numbersTable);
    left->addWidget(m_missedGroup);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("numbersSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_searchEdit->setFocus(); m_searchEdit->selectAll(); });
    auto *release = new QShortcut(QKeySequence::Delete, m_numbersTable);
    release->setContext(Qt::WidgetShortcut);
    connect(release, &QShortcut::activated, this, &NumbersTab::releaseNumber);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &NumbersTab::applyFilter);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &NumbersTab::applyFilter);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &NumbersTab::applyFilter);
    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &NumbersTab::applyFilter);
    connect(m_addButton, &QPushButton::clicked, this, &NumbersTab::addNumber);
    connect(m_releaseButton, &QPushButton::clicked, this, &NumbersTab::releaseNumber);
    connect(m_swapButton, &QPushButton::clicked, this, &NumbersTab::requestSwap);
    connect(m_blockCallerButton, &QPushButton::clicked, this, &NumbersTab::blockCaller);
    connect(m_copyCallerButton, &QPushButton::clicked, this, &NumbersTab::copyCaller);
    connect(m_numbersTable, &QTableView::clicked, this, &NumbersTab::openOptionFromTable);
    connect(m_numbersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_restoringSelection)
            return;
        const qint64 id = current.isValid() ? current.data(ItemRoles::IdRole).toLongLong() : 0;
        if (!m_refilling && id != m_current.id && m_current.id != 0 && !PendingChanges::resolve(this, this)) {
            // Cancel (or a failed save): the previous number stays selected with its draft.
            const QScopedValueRollback restoring(m_restoringSelection, true);
            const int row = m_numbersModel->rowOf(m_current.id);
            if (row >= 0)
                m_numbersTable->setCurrentIndex(m_numbersProxy->mapFromSource(m_numbersModel->index(row, 0)));
            return;
        }
        m_current = id ? m_numbersModel->record(m_numbersModel->rowOf(id)) : NumberRecord();
        showDetail();
    });
    connect(m_numbersModel, &NumbersModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!m_keepingDraft && m_numbersModel->record(topLeft.row()).id == m_current.id) {
            const Draft draft = takeDraft();
            m_current = m_numbersModel->record(topLeft.row());
            showDetail();
            restoreDraft(draft);
        }
    });
    connect(m_numbersModel, &NumbersModel::errorOccurred, this, &NumbersTab::showError);
    connect(m_filterModel, &CallerFilterModel::errorOccurred, this, &NumbersTab::showError);
    connect(m_activityModel, &ActivityModel::errorOccurred, this, &NumbersTab::showError);
    connect(m_missedModel, &UnreturnedMissedCallsModel::countChanged, this, &NumbersTab::updateTabTitle);
    connect(m_missedTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NumbersTab::updateEnabled);

    connect(m_session, &AccountSession::databaseChanged, this, &NumbersTab::reload);
    connect(m_session, &AccountSession::accountChanged, this, &NumbersTab::reload);
    connect(m_session, &AccountSession::dataChanged, this, &NumbersTab::reload);
    connect(m_session, &AccountSession::changedElsewhere, this, &NumbersTab::applyChangeElsewhere);
    connect(m_session, &AccountSession::roleChanged, this, &NumbersTab::reload);
    updateTabTitle();
    reload();
}

NumberRepository NumbersTab::repository() const
{
    return NumberRepository(*m_session);
}

int NumbersTab::unreturnedCount() const
{
    return m_missedModel->count();
}

QWidget *NumbersTab::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_noteEdit = new QLineEdit(page);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What this number is for"));
    m_timezoneCombo = new QComboBox(page);
    m_timezoneCombo->setObjectName(QStringLiteral("timezoneCombo"));
    m_timezoneCombo->setEditable(true);
    m_timezoneCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timezoneCombo->addItem(QString::fromUtf8(id));
    m_timezoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_timezoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timezoneCombo->setCurrentText(QStringLiteral("America/New_York"));
    m_timezoneCombo->setToolTip(tr("The Activity Time Zone: calls and routing rules of this number use its clock. Type to search."));
    m_voicemailCheck = new QCheckBox(tr("&Voicemail"), page);
    m_voicemailCheck->setObjectName(QStringLiteral("voicemailCheck"));
    m_cnamCheck = new QCheckBox(tr("CNAM &lookup (caller name)"), page);
    m_cnamCheck->setObjectName(QStringLiteral("cnamCheck"));
    m_faxCheck = new QCheckBox(tr("&Fax"), page);
    m_faxCheck->setObjectName(QStringLiteral("faxCheck"));
    m_smsCheck = new QCheckBox(tr("&SMS"), page);
    m_smsCheck->setObjectName(QStringLiteral("smsCheck"));

    m_e911Group = new QGroupBox(tr("&911 emergency service"), page);
    m_e911Group->setObjectName(QStringLiteral("e911Group"));
    m_e911Group->setCheckable(true);
    m_e911Group->setToolTip(tr("911 needs the full address where the phone is used"));
    auto edit = [&](const QString &name) {
        auto *e = new QLineEdit(m_e911Group);
        e->setObjectName(name);
        return e;
    };
    m_e911Street = edit(QStringLiteral("e911StreetEdit"));
    m_e911City = edit(QStringLiteral("e911CityEdit"));
    m_e911Region = edit(QStringLiteral("e911RegionEdit"));
    m_e911Postal = edit(QStringLiteral("e911PostalEdit"));
    m_e911Country = edit(QStringLiteral("e911CountryEdit"));
    m_e911Country->setMaxLength(2);
    m_e911Country->setPlaceholderText(tr("US"));
    auto *address = new QFormLayout(m_e911Group);
    address->addRow(tr("Street:"), m_e911Street);
    address->addRow(tr("City:"), m_e911City);
    address->addRow(tr("State/province:"), m_e911Region);
    address->addRow(tr("Postal code:"), m_e911Postal);
    address->addRow(tr("Country:"), m_e911Country);

    m_saveGeneralButton = button(tr("&Save"), QStringLiteral("saveGeneralButton"), page);
    m_saveGeneralButton->setShortcut(QKeySequence::Save);
    m_saveGeneralButton->setToolTip(tr("Save the note, time zone and options (Ctrl+S)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_noteEdit);
    form->addRow(tr("Activity &Time Zone:"), m_timezoneCombo);
    auto *options = new QHBoxLayout;
    options->addWidget(m_voicemailCheck);
    options->addWidget(m_cnamCheck);
    options->addWidget(m_faxCheck);
    options->addWidget(m_smsCheck);
    options->addStretch();
    form->addRow(tr("Options:"), options);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_e911Group);
    layout->addWidget(m_saveGeneralButton, 0, Qt::AlignRight);
    layout->addStretch();
    connect(m_saveGeneralButton, &QPushButton::clicked, this, &NumbersTab::saveGeneral);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &NumbersTab::saveGeneral);
    return page;
}

QWidget *NumbersTab::createFiltersPage()
{
    auto *page = new QWidget(this);
    m_filterModeCombo = new QComboBox(page);
    m_filterModeCombo->setObjectName(QStringLiteral("filterModeCombo"));
    m_filterModeCombo->addItem(tr("Off: every caller gets through"), QStringLiteral("off"));
    m_filterModeCombo->addItem(tr("Block list: block the callers listed"), QStringLiteral("block"));
    m_filterModeCombo->addItem(tr("Allow list: only the callers listed get through"), QStringLiteral("allow"));
    m_filterTable = table(QStringLiteral("callerFilterTable"), page);
    m_filterTable->setModel(m_filterModel);
    m_filterTable->verticalHeader()->setVisible(true);
    m_filterPatternEdit = new QLineEdit(page);
    m_filterPatternEdit->setObjectName(QStringLiteral("filterPatternEdit"));
    m_filterPatternEdit->setPlaceholderText(tr("+15145550123, +1514* or anonymous"));
    m_addFilterButton = button(tr("A&dd"), QStringLiteral("addFilterButton"), page);
    m_removeFilterButton = button(tr("Re&move"), QStringLiteral("removeFilterButton"), page);
    m_moveUpButton = button(tr("Move &Up"), QStringLiteral("moveFilterUpButton"), page);
    m_moveDownButton = button(tr("Move Do&wn"), QStringLiteral("moveFilterDownButton"), page);
    m_importFiltersButton = button(tr("&Import CSV…"), QStringLiteral("importFiltersButton"), page);
    m_exportFiltersButton = button(tr("E&xport CSV…"), QStringLiteral("exportFiltersButton"), page);
    auto *hint = new QLabel(tr("An exact number beats a prefix, which beats list order. Filters apply before routing rules."), page);
    hint->setWordWrap(true);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_filterPatternEdit, 1);
    addRow->addWidget(m_addFilterButton);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_removeFilterButton, m_moveUpButton, m_moveDownButton, m_importFiltersButton, m_exportFiltersButton})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_filterModeCombo);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_filterTable, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    connect(m_filterModeCombo, &QComboBox::activated, this, &NumbersTab::setFilterMode);
    connect(m_addFilterButton, &QPushButton::clicked, this, &NumbersTab::addFilterEntry);
    connect(m_filterPatternEdit, &QLineEdit::returnPressed, this, &NumbersTab::addFilterEntry);
    connect(m_removeFilterButton, &QPushButton::clicked, this, &NumbersTab::removeFilterEntry);
    connect(m_moveUpButton, &QPushButton::clicked, this, [this] { moveFilterEntry(-1); });
    connect(m_moveDownButton, &QPushButton::clicked, this, [this] { moveFilterEntry(1); });
    connect(m_importFiltersButton, &QPushButton::clicked, this, &NumbersTab::importFilters);
    connect(m_exportFiltersButton, &QPushButton::clicked, this, &NumbersTab::exportFilters);
    return page;
}

QWidget *NumbersTab::createIvrPage()
{
    auto *page = new QWidget(this);
    m_ivrGroup = new QGroupBox(tr("&Ask callers to press a key before they are put through"), page);
    m_ivrGroup->setObjectName(QStringLiteral("ivrGroup"));
    m_ivrGroup->setCheckable(true);
    m_ivrGreetingEdit = new QLineEdit(m_ivrGroup);
    m_ivrGreetingEdit->setObjectName(QStringLiteral("ivrGreetingEdit"));
    m_ivrGreetingEdit->setPlaceholderText(tr("Thank you for calling, press 1 to speak with someone"));
    m_ivrDigitCombo = new QComboBox(m_ivrGroup);
    m_ivrDigitCombo->setObjectName(QStringLiteral("ivrDigitCombo"));
    for (const char *key : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#"})
        m_ivrDigitCombo->addItem(QLatin1String(key), QLatin1String(key));
    m_ivrNoInputCombo = new QComboBox(m_ivrGroup);
    m_ivrNoInputCombo->setObjectName(QStringLiteral("ivrNoInputCombo"));
    m_ivrNoInputCombo->addItem(tr("Send to voicemail"), QStringLiteral("voicemail"));
    m_ivrNoInputCombo->addItem(tr("Hang up"), QStringLiteral("reject"));
    m_ivrNoInputCombo->addItem(tr("Put through anyway"), QStringLiteral("forward"));
    auto *form = new QFormLayout(m_ivrGroup);
    form->addRow(tr("&Greeting:"), m_ivrGreetingEdit);
    form->addRow(tr("&Key:"), m_ivrDigitCombo);
    form->addRow(tr("When no key is &pressed:"), m_ivrNoInputCombo);
    m_saveIvrButton = button(tr("&Save"), QStringLiteral("saveIvrButton"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_ivrGroup);
    layout->addWidget(m_saveIvrButton, 0, Qt::AlignRight);
    layout->addStretch();
    connect(m_saveIvrButton, &QPushButton::clicked, this, &NumbersTab::saveIvr);
    return page;
}

QWidget *NumbersTab::createBillingPage()
{
    auto *page = new QWidget(this);
    m_planLabel = new QLabel(page);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);
    m_planReasonLabel = new QLabel(page);
    m_planReasonLabel->setObjectName(QStringLiteral("planReasonLabel"));
    m_planReasonLabel->setWordWrap(true);
    m_switchPlanButton = button(QString(), QStringLiteral("switchPlanButton"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_switchPlanButton, 0, Qt::AlignLeft);
    layout->addWidget(m_planReasonLabel);
    layout->addWidget(new QLabel(tr("Per-minute ↔ flat can switch once per calendar month; toll-free and international numbers keep their plan."), page));
    layout->addStretch();
    connect(m_switchPlanButton, &QPushButton::clicked, this, &NumbersTab::switchPlan);
    return page;
}

QWidget *NumbersTab::createActivityPage()
{
    auto *page = new QWidget(this);
    m_activityTypeCombo = new QComboBox(page);
    m_activityTypeCombo->setObjectName(QStringLiteral("activityTypeCombo"));
    for (const QString &disposition : ActivityModel::dispositions())
        m_activityTypeCombo->addItem(ActivityModel::dispositionName(disposition), disposition);
    m_activityTable = table(QStringLiteral("activityTable"), page);
    m_activityTable->setModel(m_activityModel);
    m_activityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Call &type:"), page));
    top->addWidget(m_activityTypeCombo);
    top->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_activityTable, 1);
    connect(m_activityTypeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_activityModel->setDisposition(m_activityTypeCombo->currentData().toString()); });
    return page;
}

QWidget *NumbersTab::createPortingPage()
{
    auto *page = new QWidget(this);
    m_portingTable = new QTableWidget(0, 5, page);
    m_portingTable->setObjectName(QStringLiteral("portingTable"));
    m_portingTable->setHorizontalHeaderLabels({tr("Number"), tr("Losing carrier"), tr("Submitted"), tr("Expected"), tr("Status")});
    m_portingTable->verticalHeader()->setVisible(false);
    m_portingTable->horizontalHeader()->setStretchLastSection(true);
    m_portingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_portingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_portingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_portingButton = button(tr("New &Porting Request…"), QStringLiteral("portingButton"), page);
    m_portingStatusButton = button(tr("Set S&tatus…"), QStringLiteral("portingStatusButton"), page);
    m_portingStatusButton->setToolTip(tr("Record what the carrier said about the selected request"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_portingButton);
    buttons->addWidget(m_portingStatusButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Bring a US or Canadian number from another carrier: it takes 2 to 4 weeks."), page));
    layout->addWidget(m_portingTable, 1);
    layout->addLayout(buttons);
    connect(m_portingButton, &QPushButton::clicked, this, &NumbersTab::requestPorting);
    connect(m_portingStatusButton, &QPushButton::clicked, this, &NumbersTab::setPortingStatus);
    connect(m_portingTable, &QTableWidget::itemSelectionChanged, this, &NumbersTab::updateEnabled);
    connect(m_portingTable, &QTableWidget::cellDoubleClicked, this, &NumbersTab::setPortingStatus);
    return page;
}

NumbersTab::Draft NumbersTab::takeDraft() const
{
    return {hasPendingChanges(), draftFromWidgets()};
}

void NumbersTab::restoreDraft(const Draft &draft)
{
    // A refresh (another tab saved something, a timer ran) must not wipe what the user is typing;
    // if the number itself changed meanwhile, the stored version wins and the draft goes.
    if (draft.pending && m_current.id == draft.record.id && m_current.version == draft.record.version) {
        showGeneral(draft.record);
        showIvr(draft.record);
    }
}

void NumbersTab::reload()
{
    const Draft draft = takeDraft();
    const qint64 keep = m_current.id;
    if (!m_session->isOpen() || !m_session->hasAccount()) {
        m_numbersModel->setFilter({});
        m_activityModel->clear();
        m_filterModel->clear();
        m_missedModel->clear();
        m_current = NumberRecord();
        showDetail();
        return;
    }
    const NumberRepository numbers = repository();
    {
        const QSignalBlocker blocker(m_countryCombo);
        const QString country = m_countryCombo->currentData().toString();
        m_countryCombo->clear();
        m_countryCombo->addItem(tr("All countries"), QString());
        const auto countries = numbers.countries();
        for (const QString &code : countries ? countries.value() : QStringList())
            m_countryCombo->addItem(code, code);
        m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(country)));
    }
    {
        // The list is refilled, not chosen from: no question here, the draft comes back below.
        const QScopedValueRollback refilling(m_refilling, true);
        m_numbersModel->setRepository(numbers, {m_searchEdit->text(), m_countryCombo->currentData().toString(),
                                                m_typeCombo->currentData().toString(), m_planCombo->currentData().toString()});
    }
    m_missedModel->setRepository(numbers, m_session->clock());
    m_numbersTable->resizeColumnsToContents();
    m_missedTable->resizeColumnsToContents();
    m_portingStale = true;
    loadShownPage();
    m_current = NumberRecord();
    selectNumber(keep);
    if (m_current.id == 0 && m_numbersProxy->rowCount() > 0)
        selectNumber(m_numbersProxy->index(0, 0).data(ItemRoles::IdRole).toLongLong());
    if (m_current.id == 0)
        showDetail();
    restoreDraft(draft);
    updateTabTitle();
}

void NumbersTab::applyFilter()
{
    if (!m_session->isOpen() || !m_session->hasAccount())
        return;
    const Draft draft = takeDraft();
    const qint64 keep = m_current.id;
    {
        const QScopedValueRollback refilling(m_refilling, true);
        m_numbersModel->setFilter({m_searchEdit->text(), m_countryCombo->currentData().toString(),
                                   m_typeCombo->currentData().toString(), m_planCombo->currentData().toString()});
    }
    selectNumber(keep);
    if (m_current.id == 0 && m_numbersProxy->rowCount() > 0)
        selectNumber(m_numbersProxy->index(0, 0).data(ItemRoles::IdRole).toLongLong());
    if (m_current.id == 0)
        showDetail();
    restoreDraft(draft);
}

void NumbersTab::selectNumber(qint64 id)
{
    const int row = m_numbersModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_numbersProxy->mapFromSource(m_numbersModel->index(row, 0));
    m_numbersTable->setCurrentIndex(index);
    m_numbersTable->scrollTo(index);
    if (m_current.id != id) { // the selection did not change (same row): refresh anyway
        m_current = m_numbersModel->record(row);
        showDetail();
    }
}

void NumbersTab::showDetail()
{
    const NumberRecord &n = m_current;
    const bool has = n.id != 0;
    m_detailTitle->setText(has ? PhoneNumber::displayForm(n.e164) : tr("No number selected"));
    showGeneral(n);
    m_filterModeCombo->setCurrentIndex(std::max(0, m_filterModeCombo->findData(n.filterMode)));
    showIvr(n);

    if (has) {
        const QLocale locale = Localization::locale();
        const QString fee = n.plan == QLatin1String("flat")
                                ? tr("%1 a month").arg(Money(n.monthlyFeeMinor, n.currency).format(locale))
                                : tr("%1 a minute").arg(Money::fromMicro(n.perMinuteMicro, n.currency).format(locale));
        m_planLabel->setText(tr("Plan: %1 (%2). Ordered on %3, next billing on %4.")
                                 .arg(n.plan == QLatin1String("flat") ? tr("flat") : tr("per-minute"), fee,
                                      locale.toString(n.orderedOn, QLocale::ShortFormat),
                                      locale.toString(n.nextBillingOn, QLocale::ShortFormat)));
        const auto decision = repository().planSwitch(n);
        m_switchPlanButton->setText(n.plan == QLatin1String("flat") ? tr("Switch to &Per-minute") : tr("Switch to &Flat"));
        m_switchPlanButton->setEnabled(decision.allowed);
        m_switchPlanButton->setToolTip(decision.allowed ? tr("The plan can change once per calendar month") : decision.reason);
        m_planReasonLabel->setText(decision.reason);
        m_activityStale = true;
        m_filtersStale = true;
        loadShownPage();
    } else {
        m_planLabel->clear();
        m_planReasonLabel->clear();
        m_switchPlanButton->setText(tr("Switch Plan"));
        m_activityModel->clear();
        m_filterModel->clear();
    }
    updateEnabled();
    m_shown = draftFromWidgets();
}

void NumbersTab::showGeneral(const NumberRecord &n)
{
    m_noteEdit->setText(n.note);
    m_timezoneCombo->setCurrentText(n.id != 0 ? n.timezone : QStringLiteral("America/New_York"));
    m_voicemailCheck->setChecked(n.voicemail);
    m_cnamCheck->setChecked(n.cnamLookup);
    m_faxCheck->setChecked(n.fax);
    m_smsCheck->setChecked(n.sms);
    m_e911Group->setChecked(n.e911);
    m_e911Street->setText(n.e911Street);
    m_e911City->setText(n.e911City);
    m_e911Region->setText(n.e911Region);
    m_e911Postal->setText(n.e911PostalCode);
    m_e911Country->setText(n.e911Country.isEmpty() ? n.country : n.e911Country);
}

void NumbersTab::showIvr(const NumberRecord &n)
{
    m_ivrGroup->setChecked(n.ivrEnabled);
    m_ivrGreetingEdit->setText(n.ivrGreeting);
    m_ivrDigitCombo->setCurrentIndex(std::max(0, m_ivrDigitCombo->findData(n.ivrDigit)));
    m_ivrNoInputCombo->setCurrentIndex(std::max(0, m_ivrNoInputCombo->findData(n.ivrNoInput)));
}

NumberRecord NumbersTab::draftFromWidgets() const
{
    NumberRecord edited = m_current;
    edited.note = m_noteEdit->text();
    edited.timezone = m_timezoneCombo->currentText().trimmed();
    edited.voicemail = m_voicemailCheck->isChecked();
    edited.cnamLookup = m_cnamCheck->isChecked();
    edited.fax = m_faxCheck->isChecked();
    edited.sms = m_smsCheck->isChecked();
    edited.e911 = m_e911Group->isChecked();
    edited.e911Street = m_e911Street->text();
    edited.e911City = m_e911City->text();
    edited.e911Region = m_e911Region->text();
    edited.e911PostalCode = m_e911Postal->text();
    edited.e911Country = m_e911Country->text();
    edited.ivrEnabled = m_ivrGroup->isChecked();
    edited.ivrGreeting = m_ivrGreetingEdit->text();
    edited.ivrDigit = m_ivrDigitCombo->currentData().toString();
    edited.ivrNoInput = m_ivrNoInputCombo->currentData().toString();
    return edited;
}

bool NumbersTab::hasPendingChanges() const
{
    return m_current.id != 0 && m_session->canChange() && draftFromWidgets() != m_shown;
}

QString NumbersTab::pendingChangesSubject() const
{
    return tr("the number %1").arg(PhoneNumber::displayForm(m_current.e164));
}

bool NumbersTab::savePendingChanges()
{
    return m_current.id == 0 || saveNumber(draftFromWidgets());
}

void NumbersTab::updateEnabled()
{
    const bool can = m_session->canChange() && m_session->hasAccount();
    const bool has = m_current.id != 0;
    m_addButton->setEnabled(can);
    m_releaseButton->setEnabled(can && has);
    m_swapButton->setEnabled(can && has);
    m_numbersTable->setEditTriggers(can ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    for (QWidget *w : std::initializer_list<QWidget *>{m_noteEdit, m_timezoneCombo, m_voicemailCheck, m_cnamCheck, m_faxCheck,
                                                        m_smsCheck, m_e911Group, m_saveGeneralButton, m_filterModeCombo,
                                                        m_filterPatternEdit, m_addFilterButton, m_removeFilterButton,
                                                        m_moveUpButton, m_moveDownButton, m_importFiltersButton,
                                                        m_ivrGroup, m_saveIvrButton})
        w->setEnabled(can && has);
    m_exportFiltersButton->setEnabled(has);
    m_filterTable->setEditTriggers(can ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                       : QAbstractItemView::NoEditTriggers);
    if (!can)
        m_switchPlanButton->setEnabled(false);
    m_portingButton->setEnabled(can);
    m_portingStatusButton->setEnabled(can && m_portingTable->currentRow() >= 0 && !m_portingTable->selectedItems().isEmpty());
    const bool missed = m_missedTable->currentIndex().isValid();
    m_blockCallerButton->setEnabled(can && missed);
    m_copyCallerButton->setEnabled(missed);
    const QString readOnly = tr("Your role (employee) can view but not change numbers");
    m_addButton->setToolTip(can ? tr("Add a number to the account (Ctrl+N)") : readOnly);
}

void NumbersTab::updateTabTitle()
{
    const int count = m_missedModel->count();
    m_missedGroup->setTitle(tr("Unreturned missed calls, last %1 days (%2)").arg(UnreturnedMissedCallsModel::kDefaultDays).arg(count));
    // The main window owns the tab titles (and retranslates them): the count goes on the tab's tooltip,
    // and unreturnedCountChanged() lets the window put it in the title.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            const int index = tabs->indexOf(this);
            if (index >= 0)
                tabs->setTabToolTip(index, tr("%1 missed callers not called back yet").arg(count));
            break;
        }
    }
    emit unreturnedCountChanged(count);
}

void NumbersTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &NumbersTab::updateTabTitle, Qt::QueuedConnection);
}

void NumbersTab::showError(const QString &message)
{
    if (!message.isEmpty())
        QMessageBox::warning(this, tr("My Phone Numbers"), message);
}

bool NumbersTab::saveNumber(const NumberRecord &edited)
{
    auto saved = repository().save(edited);
    if (!saved && saved.errorKind() == Error::Kind::Conflict) {
        // Someone saved this number first: the user decides, the draft stays until then.
        switch (ConflictDialog::ask(this, saved.error())) {
        case ConflictDialog::Choice::Reload:
            m_numbersModel->refreshRow(edited.id); // the stored version is newer: the draft goes
            return false;
        case ConflictDialog::Choice::Overwrite: {
            NumberRecord again = edited;
            again.version = saved.error().currentVersion;
            return saveNumber(again);
        }
        case ConflictDialog::Choice::KeepEditing:
            return false;
        }
        return false;
    }
    if (!saved) {
        showError(saved.errorMessage());
        if (saved.errorKind() == Error::Kind::NotFound)
            m_numbersModel->refreshRow(edited.id);
        return false;
    }
    m_numbersModel->refreshRow(edited.id);
    m_current = saved.value();
    showDetail();
    return true;
}

void NumbersTab::applyChangeElsewhere(const QString &table, qint64 key)
{
    if (table != QLatin1String("numbers") && table != QLatin1String("*"))
        return;
    if (table == QLatin1String("*") || m_numbersModel->rowOf(key) < 0) {
        // A number added or removed, or anything at all: reload (it keeps a draft of an unchanged
        // number); with a draft open, wait: the draft is not to be lost to someone else's change.
        if (!hasPendingChanges())
            reload();
        return;
    }
    if (key != m_current.id || !hasPendingChanges()) {
        m_numbersModel->refreshRow(key);
        return;
    }
    // The number being edited: the list shows their change, the detail keeps the user's draft and
    // the version it was made on, so that saving it shows who changed the number (ConflictDialog).
    const QScopedValueRollback keeping(m_keepingDraft, true);
    m_numbersModel->refreshRow(key);
}

void NumbersTab::saveGeneral()
{
    if (m_current.id == 0)
        return;
    // Only this page's fields: the IVR Gate page saves its own.
    const NumberRecord draft = draftFromWidgets();
    NumberRecord edited = draft;
    edited.ivrEnabled = m_current.ivrEnabled;
    edited.ivrGreeting = m_current.ivrGreeting;
    edited.ivrDigit = m_current.ivrDigit;
    edited.ivrNoInput = m_current.ivrNoInput;
    if (saveNumber(edited))
        showIvr(draft); // an unsaved IVR draft stays a draft
}

void NumbersTab::saveIvr()
{
    if (m_current.id == 0)
        return;
    NumberRecord edited = m_current;
    const NumberRecord draft = draftFromWidgets();
    edited.ivrEnabled = draft.ivrEnabled;
    edited.ivrGreeting = draft.ivrGreeting;
    edited.ivrDigit = draft.ivrDigit;
    edited.ivrNoInput = draft.ivrNoInput;
    if (saveNumber(edited))
        showGeneral(draft); // an unsaved General draft stays a draft
}

void NumbersTab::setFilterMode()
{
    if (m_current.id == 0 || m_filterModeCombo->currentData().toString() == m_current.filterMode)
        return;
    NumberRecord edited = m_current;
    edited.filterMode = m_filterModeCombo->currentData().toString();
    saveNumber(edited);
}

void NumbersTab::addFilterEntry()
{
    if (m_current.id == 0)
        return;
    auto added = m_filterModel->addEntry(m_filterPatternEdit->text());
    if (added)
        m_filterPatternEdit->clear();
}

void NumbersTab::removeFilterEntry()
{
    const QModelIndex current = m_filterTable->currentIndex();
    if (current.isValid())
        m_filterModel->removeRows(current.row(), 1);
}

void NumbersTab::moveFilterEntry(int delta)
{
    const QModelIndex current = m_filterTable->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_filterModel->rowCount())
        return;
    if (m_filterModel->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? target + 1 : target))
        m_filterTable->setCurrentIndex(m_filterModel->index(target, current.column()));
}

void NumbersTab::importFilters()
{
    if (m_current.id == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Caller Filters"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        showError(tr("Could not read “%1”: %2").arg(path, file.errorString()));
        return;
    }
    auto imported = CallerFilterRepository(*m_session).importCsv(m_current.id, QString::fromUtf8(file.readAll()));
    if (!imported) {
        showError(tr("Nothing was imported from “%1”. %2").arg(path, imported.errorMessage()));
        return;
    }
    (void)m_filterModel->reload();
}

void NumbersTab::exportFilters()
{
    if (m_current.id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Caller Filters"),
                                                      QStringLiteral("filters-%1.csv").arg(m_current.e164.mid(1)),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto csv = CallerFilterRepository(*m_session).exportCsv(m_current.id);
    QFile file(path);
    if (!csv || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        showError(csv ? tr("Could not write “%1”: %2").arg(path, file.errorString()) : csv.errorMessage());
        return;
    }
    file.write(csv->toUtf8());
}

void NumbersTab::switchPlan()
{
    if (m_current.id == 0)
        return;
    auto switched = repository().switchPlan(m_current.id, m_current.version, PlanSwitchPolicy::otherPlan(m_current.plan));
    if (!switched) {
        showError(switched.errorMessage());
        return;
    }
    m_numbersModel->refreshRow(m_current.id);
    m_current = switched.value();
    showDetail();
    m_session->notifyDataChanged();
}

void NumbersTab::addNumber()
{
    auto *dialog = new AddNumberDialog(m_session->account().currency, repository().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto request = dialog->request();
        if (!request)
            return;
        auto added = repository().add(*request);
        if (!added) {
            showError(added.errorMessage());
            return;
        }
        m_searchEdit->clear();
        reload();
        selectNumber(added->id);
        m_session->notifyDataChanged();
    });
    dialog->open();
}

void NumbersTab::releaseNumber()
{
    if (m_current.id == 0 || !m_session->canChange())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Release Number"),
        tr("Release %1? Its routing rules and caller filters are deleted; its calls stay in reports. "
           "This cannot be undone.").arg(PhoneNumber::displayForm(m_current.e164)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto released = repository().release(m_current.id, m_current.version);
    if (!released) {
        showError(released.errorMessage());
        return;
    }
    m_current = NumberRecord();
    m_session->notifyDataChanged();
}

void NumbersTab::requestSwap()
{
    if (m_current.id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Request a Number Swap"),
                                                 tr("Why should %1 be replaced?").arg(PhoneNumber::displayForm(m_current.e164)),
                                                 QLineEdit::Normal, tr("Repeated spam calls"), &ok);
    if (!ok)
        return;
    auto requested = repository().requestSwap(m_current.id, reason);
    if (!requested)
        showError(requested.errorMessage());
    else
        QMessageBox::information(this, tr("Request a Number Swap"), tr("The swap request was recorded; its status is “requested”."));
}

void NumbersTab::blockCaller()
{
    const QModelIndex current = m_missedTable->currentIndex();
    if (!current.isValid())
        return;
    const UnreturnedMissedCall call = m_missedModel->call(current.row());
    if (call.numberId == 0) {
        showError(tr("The number %1 called was released").arg(PhoneNumber::displayForm(call.caller)));
        return;
    }
    auto blocked = CallerFilterRepository(*m_session).blockCaller(call.numberId, call.caller);
    if (!blocked) {
        showError(blocked.errorMessage());
        return;
    }
    m_numbersModel->refreshRow(call.numberId);
    if (call.numberId == m_current.id) {
        m_current = m_numbersModel->record(m_numbersModel->rowOf(call.numberId));
        showDetail();
    }
}

void NumbersTab::copyCaller()
{
    const QModelIndex current = m_missedTable->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_missedModel->call(current.row()).caller);
}

void NumbersTab::loadShownPage()
{
    const QWidget *shown = m_detailTabs->currentWidget();
    if (shown == m_filtersPage && m_filtersStale && m_current.id != 0) {
        m_filtersStale = false;
        m_filterModel->setNumber(CallerFilterRepository(*m_session), m_current.id);
        updateEnabled();
    } else if (shown == m_activityPage && m_activityStale && m_current.id != 0) {
        m_activityStale = false;
        m_activityModel->setNumber(repository(), m_current.id, m_current.timezone);
    } else if (shown == m_portingPage && m_portingStale && m_session->isOpen() && m_session->hasAccount()) {
        reloadPorting();
    }
}

void NumbersTab::reloadPorting()
{
    m_portingStale = false;
    m_portingTable->setRowCount(0);
    auto requests = repository().portingRequests();
    if (!requests)
        return;
    const QLocale locale = Localization::locale();
    const QDate today = repository().today();
    for (const PortingRequest &request : requests.value()) {
        const int row = m_portingTable->rowCount();
        m_portingTable->insertRow(row);
        QString status = portingStatusName(request.status);
        if (request.isOverdue(today))
            status = tr("%1 — overdue").arg(status);
        const QStringList cells{PhoneNumber::displayForm(request.e164), request.losingCarrier,
                                locale.toString(request.submittedOn, QLocale::ShortFormat),
                                tr("%1 – %2").arg(locale.toString(request.expectedFrom(), QLocale::ShortFormat),
                                                  locale.toString(request.expectedBy(), QLocale::ShortFormat)),
                                status};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (request.isOverdue(today))
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            item->setData(kPortingIdRole, request.id);
            item->setData(kPortingVersionRole, request.version);
            item->setData(kPortingStatusRole, request.status);
            m_portingTable->setItem(row, column, item);
        }
    }
    updateEnabled();
}

void NumbersTab::setPortingStatus()
{
    const int row = m_portingTable->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_portingTable->item(row, 0) : nullptr;
    if (!item || !m_session->canChange())
        return;
    const qint64 id = item->data(kPortingIdRole).toLongLong();
    const int version = item->data(kPortingVersionRole).toInt();
    QStringList names;
    for (const QString &status : portingStatuses())
        names << portingStatusName(status);
    // A window-modal dialog opened with open(), not exec(): the tab stays responsive and tests can answer it.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("portingStatusDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Porting Status"));
    dialog->setLabelText(tr("Status of the port of %1:").arg(item->text()));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(portingStatusName(item->data(kPortingStatusRole).toString()));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, version, names](const QString &name) {
        const int index = names.indexOf(name);
        if (index < 0)
            return;
        auto updated = repository().setPortingStatus(id, version, portingStatuses().at(index));
        if (!updated)
            showError(updated.errorMessage());
        reloadPorting();
        for (int r = 0; r < m_portingTable->rowCount(); ++r) {
            if (m_portingTable->item(r, 0)->data(kPortingIdRole).toLongLong() == id)
                m_portingTable->selectRow(r);
        }
    });
    dialog->open();
}

void NumbersTab::requestPorting()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("New Porting Request"), tr("US or Canadian number to bring over:"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString carrier = QInputDialog::getText(this, tr("New Porting Request"), tr("Carrier it comes from:"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto requested = repository().requestPorting(number, carrier, QDate());
    if (!requested) {
        showError(requested.errorMessage());
        return;
    }
    reloadPorting();
}

void NumbersTab::openOptionFromTable(const QModelIndex &proxyIndex)
{
    const int column = proxyIndex.column();
    if (column < NumbersModel::VoicemailColumn)
        return;
    m_detailTabs->setCurrentIndex(0);
    QWidget *target = column == NumbersModel::VoicemailColumn ? static_cast<QWidget *>(m_voicemailCheck)
                      : column == NumbersModel::CnamColumn    ? static_cast<QWidget *>(m_cnamCheck)
                      : column == NumbersModel::FaxColumn     ? static_cast<QWidget *>(m_faxCheck)
                      : column == NumbersModel::SmsColumn     ? static_cast<QWidget *>(m_smsCheck)
                                                              : static_cast<QWidget *>(m_e911Group);
    target->setFocus();
}
