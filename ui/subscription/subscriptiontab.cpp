#include "subscriptiontab.h"

#include "addextensiondialog.h"
#include "billingoptionsdialog.h"
#include "extensionsettingsdialog.h"
#include "newcarddialog.h"
#include "smartnumberoptionsdialog.h"
#include "subscriptionreviewdialog.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "core/phonenumber.h"
#include "subscription/basket.h"
#include "subscription/basketmodel.h"
#include "subscription/billingoptions.h"
#include "subscription/minuteusage.h"
#include "subscription/serviceoptionsmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace {

constexpr qint64 kAccountFunds = -1;
constexpr qint64 kNewCard = -2;

QString requestId()
{
    return QStringLiteral("gui-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(150);
    return table;
}

QPushButton *makeButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    return button;
}

QToolButton *makeToolButton(QWidget *parent, const QString &name, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    return button;
}

} // namespace

SubscriptionTab::SubscriptionTab(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_billingOptions(makeButton(this, QStringLiteral("billingOptionsButton"))),
      m_cancelSubscription(makeButton(this, QStringLiteral("cancelSubscriptionButton"))), m_numbersBox(new QGroupBox(this)),
      m_numbers(makeTable(this, QStringLiteral("smartNumbersTable"))), m_addNumber(makeButton(this, QStringLiteral("addSmartNumberButton"))),
      m_editNumber(makeButton(this, QStringLiteral("editSmartNumberButton"))),
      m_removeNumber(makeButton(this, QStringLiteral("unsubscribeSmartNumberButton"))), m_extensionsBox(new QGroupBox(this)),
      m_extensions(makeTable(this, QStringLiteral("extensionsTable"))), m_editExtension(makeButton(this, QStringLiteral("editExtensionButton"))),
      m_addExtension(makeButton(this, QStringLiteral("addExtensionButton"))),
      m_removeExtension(makeButton(this, QStringLiteral("removeExtensionButton"))),
      m_packageBox(new QGroupBox(this)), m_packageLabel(new QLabel(this)),
      m_packageDetailsToggle(makeToolButton(this, QStringLiteral("packageDetailsToggle"), QString())), m_packageDetails(new QLabel(this)),
      m_packages(new QComboBox(this)), m_changePackage(makeButton(this, QStringLiteral("changePackageButton"))), m_optionsBox(new QGroupBox(this)),
      m_optionsModel(new ServiceOptionsModel(QStringLiteral("service"), this)), m_options(new QTableView(this)),
      m_submitOptions(makeButton(this, QStringLiteral("submitOptionsButton"))),
      m_unsubscribeOption(makeButton(this, QStringLiteral("unsubscribeOptionButton"))),
      m_addToBasket(makeButton(this, QStringLiteral("addToBasketButton"))), m_minutesBox(new QGroupBox(this)), m_minutesLabel(new QLabel(this)),
      m_minutesBar(new QProgressBar(this)), m_minutePackages(new QComboBox(this)),
      m_addMinutes(makeButton(this, QStringLiteral("addMinutePackageButton"))), m_basketBox(new QGroupBox(this)), m_basketModel(new BasketModel(this)), m_basket(new QTableView(this)),
      m_basketMinus(makeToolButton(this, QStringLiteral("basketMinusButton"), QStringLiteral("−"))),
      m_basketPlus(makeToolButton(this, QStringLiteral("basketPlusButton"), QStringLiteral("+"))),
      m_basketRemove(makeToolButton(this, QStringLiteral("basketRemoveButton"), QString())), m_basketTotals(new QLabel(this)),
      m_payWith(new QComboBox(this)), m_checkout(makeButton(this, QStringLiteral("checkoutButton"))),
      m_emptyBasket(makeButton(this, QStringLiteral("emptyBasketButton")))
{
    setObjectName(QStringLiteral("subscriptionTab"));
    m_summary->setObjectName(QStringLiteral("subscriptionSummary"));
    m_summary->setWordWrap(true);
    m_packageLabel->setObjectName(QStringLiteral("packageLabel"));
    m_packageDetails->setObjectName(QStringLiteral("packageDetails"));
    m_packageDetails->setWordWrap(true);
    m_packageDetails->setVisible(false);
    m_packageDetailsToggle->setCheckable(true);
    m_packageDetailsToggle->setArrowType(Qt::RightArrow);
    m_packageDetailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_packages->setObjectName(QStringLiteral("packageCombo"));
    m_minutesLabel->setObjectName(QStringLiteral("minutesLabel"));
    m_minutesLabel->setWordWrap(true);
    m_minutesBar->setObjectName(QStringLiteral("minutesBar"));
    m_minutesBar->setRange(0, 100);
    m_minutePackages->setObjectName(QStringLiteral("minutePackageCombo"));
    m_basketTotals->setObjectName(QStringLiteral("basketTotals"));
    m_payWith->setObjectName(QStringLiteral("payWithCombo"));

    m_options->setObjectName(QStringLiteral("serviceOptionsView"));
    m_options->setModel(m_optionsModel);
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_options->setSelectionMode(QAbstractItemView::SingleSelection);
    m_options->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_options->verticalHeader()->hide();
    m_options->horizontalHeader()->setSectionResizeMode(ServiceOptionsModel::NameColumn, QHeaderView::Stretch);
    m_options->setMinimumHeight(150);
    m_basket->setObjectName(QStringLiteral("basketView"));
    m_basket->setModel(m_basketModel);
    m_basket->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basket->setSelectionMode(QAbstractItemView::SingleSelection);
    m_basket->verticalHeader()->hide();
    m_basket->horizontalHeader()->setSectionResizeMode(BasketModel::ProductColumn, QHeaderView::Stretch);
    m_basket->setMinimumHeight(110);

    // Layout: the header, then the four sections of the seed two by two, then minutes and the basket.
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_billingOptions);
    header->addWidget(m_cancelSubscription);
    grid->addLayout(header, 0, 0, 1, 2);

    auto *numbersLayout = new QVBoxLayout(m_numbersBox);
    numbersLayout->addWidget(m_numbers);
    auto *numberButtons = new QHBoxLayout;
    numberButtons->addWidget(m_addNumber);
    numberButtons->addWidget(m_editNumber);
    numberButtons->addWidget(m_removeNumber);
    numberButtons->addStretch();
    numbersLayout->addLayout(numberButtons);
    grid->addWidget(m_numbersBox, 1, 0);

    auto *extensionsLayout = new QVBoxLayout(m_extensionsBox);
    extensionsLayout->addWidget(m_extensions);
    auto *extensionButtons = new QHBoxLayout;
    extensionButtons->addWidget(m_addExtension);
    extensionButtons->addWidget(m_editExtension);
    extensionButtons->addWidget(m_removeExtension);
    extensionButtons->addStretch();
    extensionsLayout->addLayout(extensionButtons);
    grid->addWidget(m_extensionsBox, 1, 1);

    auto *packageLayout = new QVBoxLayout(m_packageBox);
    packageLayout->addWidget(m_packageLabel);
    packageLayout->addWidget(m_packageDetailsToggle);
    packageLayout->addWidget(m_packageDetails);
    auto *packageButtons = new QHBoxLayout;
    packageButtons->addWidget(m_packages, 1);
    packageButtons->addWidget(m_changePackage);
    packageLayout->addLayout(packageButtons);
    auto *minutesLayout = new QVBoxLayout(m_minutesBox);
    minutesLayout->addWidget(m_minutesBar);
    minutesLayout->addWidget(m_minutesLabel);
    auto *minutesRow = new QHBoxLayout;
    minutesRow->addWidget(m_minutePackages, 1);
    minutesRow->addWidget(m_addMinutes);
    minutesLayout->addLayout(minutesRow);
    packageLayout->addWidget(m_minutesBox);
    packageLayout->addStretch();
    grid->addWidget(m_packageBox, 2, 0);

    auto *optionsLayout = new QVBoxLayout(m_optionsBox);
    optionsLayout->addWidget(m_options);
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_submitOptions);
    optionButtons->addWidget(m_unsubscribeOption);
    optionButtons->addWidget(m_addToBasket);
    optionButtons->addStretch();
    optionsLayout->addLayout(optionButtons);
    grid->addWidget(m_optionsBox, 2, 1);

    auto *basketLayout = new QVBoxLayout(m_basketBox);
    auto *basketRow = new QHBoxLayout;
    basketRow->addWidget(m_basket, 1);
    auto *basketTools = new QVBoxLayout;
    basketTools->addWidget(m_basketPlus);
    basketTools->addWidget(m_basketMinus);
    basketTools->addWidget(m_basketRemove);
    basketTools->addStretch();
    basketRow->addLayout(basketTools);
    basketLayout->addLayout(basketRow);
    auto *checkoutRow = new QHBoxLayout;
    checkoutRow->addWidget(m_basketTotals, 1);
    checkoutRow->addWidget(m_payWith);
    checkoutRow->addWidget(m_checkout);
    checkoutRow->addWidget(m_emptyBasket);
    basketLayout->addLayout(checkoutRow);
    grid->addWidget(m_basketBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("subscriptionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_addNumber, &QPushButton::clicked, this, &SubscriptionTab::addSmartNumber);
    connect(m_editNumber, &QPushButton::clicked, this, &SubscriptionTab::editSmartNumber);
    connect(m_numbers, &QTableWidget::cellDoubleClicked, this, &SubscriptionTab::editSmartNumber);
    connect(m_removeNumber, &QPushButton::clicked, this, &SubscriptionTab::unsubscribeSmartNumber);
    connect(m_editExtension, &QPushButton::clicked, this, &SubscriptionTab::editExtension);
    connect(m_addExtension, &QPushButton::clicked, this, &SubscriptionTab::addExtension);
    connect(m_removeExtension, &QPushButton::clicked, this, &SubscriptionTab::removeExtension);
    connect(m_extensions, &QTableWidget::cellDoubleClicked, this, &SubscriptionTab::editExtension);
    connect(m_changePackage, &QPushButton::clicked, this, &SubscriptionTab::changePackage);
    connect(m_packageDetailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_packageDetails->setVisible(open);
        m_packageDetailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_submitOptions, &QPushButton::clicked, this, &SubscriptionTab::submitOptions);
    connect(m_unsubscribeOption, &QPushButton::clicked, this, &SubscriptionTab::unsubscribeOption);
    connect(m_addToBasket, &QPushButton::clicked, this, &SubscriptionTab::addSelectedToBasket);
    connect(m_addMinutes, &QPushButton::clicked, this, [this] { addToBasket(m_minutePackages->currentData().toString()); });
    connect(m_optionsModel, &QAbstractItemModel::dataChanged, this, &SubscriptionTab::updateEnabled);
    connect(m_options->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubscriptionTab::updateEnabled);
    connect(m_numbers, &QTableWidget::itemSelectionChanged, this, &SubscriptionTab::updateEnabled);
    connect(m_extensions, &QTableWidget::itemSelectionChanged, this, &SubscriptionTab::updateEnabled);
    connect(m_basket->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubscriptionTab::updateEnabled);
    connect(m_packages, &QComboBox::currentIndexChanged, this, &SubscriptionTab::updateEnabled);
    connect(m_basketPlus, &QToolButton::clicked, this, [this] { changeBasketQuantity(+1); });
    connect(m_basketMinus, &QToolButton::clicked, this, [this] { changeBasketQuantity(-1); });
    connect(m_basketRemove, &QToolButton::clicked, this, &SubscriptionTab::removeBasketLine);
    connect(m_checkout, &QPushButton::clicked, this, &SubscriptionTab::checkout);
    connect(m_emptyBasket, &QPushButton::clicked, this, &SubscriptionTab::emptyBasket);
    connect(m_billingOptions, &QPushButton::clicked, this, &SubscriptionTab::showBillingOptions);
    connect(m_cancelSubscription, &QPushButton::clicked, this, &SubscriptionTab::cancelSubscription);

    connect(m_session, &AccountSession::databaseChanged, this, &SubscriptionTab::reload);
    connect(m_session, &AccountSession::accountChanged, this, &SubscriptionTab::reload);
    connect(m_session, &AccountSession::dataChanged, this, &SubscriptionTab::reload);
    connect(m_session, &AccountSession::changedElsewhere, this, [this](const QString &table) {
        // Another user changed the subscription: the basket is kept in the database, so a reload loses nothing.
        if (table == QLatin1String("subscriptions") || table == QLatin1String("subscription_items") || table == QLatin1String("*"))
            reload();
    });
    connect(m_session, &AccountSession::roleChanged, this, &SubscriptionTab::reload);

    retranslateUi();
    reload();
}

void SubscriptionTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void SubscriptionTab::retranslateUi()
{
    m_billingOptions->setText(tr("&Billing Options…"));
    m_cancelSubscription->setText(tr("Cancel my subscription…"));
    m_numbersBox->setTitle(tr("Smart Numbers"));
    m_numbers->setColumnCount(6);
    m_numbers->setHorizontalHeaderLabels({tr("Number"), tr("Type"), tr("Monthly"), tr("Fax"), tr("SMS"), tr("911")});
    m_addNumber->setText(tr("&Add…"));
    m_editNumber->setText(tr("✎ &Edit options…"));
    m_removeNumber->setText(tr("&Unsubscribe…"));
    m_extensionsBox->setTitle(tr("Office Extensions && Phones"));
    m_extensions->setColumnCount(6);
    m_extensions->setHorizontalHeaderLabels({tr("Extension"), tr("Name"), tr("Device"), tr("Private number"), tr("Authentication"), tr("Call screening")});
    m_editExtension->setText(tr("✎ &Private number settings…"));
    m_addExtension->setText(tr("+ Add E&xtension…"));
    m_removeExtension->setText(tr("Remove Extension…"));
    m_packageBox->setTitle(tr("Main Package"));
    m_packageDetailsToggle->setText(tr("&Details"));
    m_changePackage->setText(tr("C&hange package…"));
    m_optionsBox->setTitle(tr("Service Options"));
    m_submitOptions->setText(tr("&Submit"));
    m_submitOptions->setToolTip(tr("Review and confirm the options you checked"));
    m_unsubscribeOption->setText(tr("Unsubscribe…"));
    m_addToBasket->setText(tr("Add to bas&ket"));
    m_minutesBox->setTitle(tr("Minute packages this month"));
    m_basketBox->setTitle(tr("Basket"));
    m_addMinutes->setText(tr("Add to basket"));
    m_basketRemove->setText(tr("Remove"));
    m_basketRemove->setToolTip(tr("Remove this product from the basket"));
    m_basketPlus->setToolTip(tr("One more"));
    m_basketMinus->setToolTip(tr("One less"));
    m_checkout->setText(tr("Check&out…"));
    m_emptyBasket->setText(tr("Empty basket"));
}

SubscriptionService SubscriptionTab::service() const
{
    return SubscriptionService(m_session->connection(), m_session->account(), m_session->role(), m_session->clock(), m_gateway.get());
}

Basket SubscriptionTab::basket() const
{
    return Basket(m_session->connection(), m_session->account(), m_session->role(), m_session->clock(), m_gateway.get());
}

void SubscriptionTab::reload()
{
    m_hasState = false;
    m_numbers->setRowCount(0);
    m_extensions->setRowCount(0);
    if (!m_session->isOpen() || !m_session->hasAccount()) {
        m_summary->setText(tr("Open a database to see its subscription."));
        m_optionsModel->setState(SubscriptionService::State{});
        m_basketModel->setLines({});
        updateEnabled();
        return;
    }
    // Options and downgrades whose date has come are written down (never by an employee), then read
    // again; usually nothing is due and the one read is all.
    SubscriptionService engine = service();
    auto state = engine.state();
    if (state && state->hasDueChanges() && m_session->canChange()) {
        if (auto applied = engine.applyDueChanges(); !applied)
            qWarning("subscription: due changes not applied: %s", qPrintable(applied.errorMessage()));
        else
            state = engine.state();
    }
    if (!state) {
        m_summary->setText(state.errorMessage());
        m_optionsModel->setState(SubscriptionService::State{});
        m_basketModel->setLines({});
        updateEnabled();
        return;
    }
    m_state = state.value();
    m_hasState = true;
    const QLocale locale = Localization::locale();

    QString summary = tr("<b>%1</b> package · %2 a month · next invoice %3")
                          .arg(m_state.package.name.toHtmlEscaped(), SubscriptionService::monthlyPrice(m_state, false).format(locale),
                               locale.toString(m_state.nextInvoice, QLocale::ShortFormat));
    if (m_state.status == QLatin1String("cancelling"))
        summary = tr("<b>Cancelled</b>: the subscription is billed and runs until %1, then ends.")
                      .arg(locale.toString(m_state.endsOn, QLocale::LongFormat));
    else if (m_state.status == QLatin1String("cancelled"))
        summary = tr("<b>Cancelled</b> on %1.").arg(locale.toString(m_state.endsOn, QLocale::LongFormat));
    if (!m_session->canChange())
        summary += QStringLiteral("<br>") + tr("Employee account: you can view the subscription but not change it.");
    m_summary->setText(summary);

    const QString yes = tr("✓ on");
    const QString no = tr("—");
    m_numbers->setRowCount(int(m_state.numbers.size()));
    for (int row = 0; row < m_state.numbers.size(); ++row) {
        const SubscriptionService::SmartNumber &number = m_state.numbers.at(row);
        auto *e164 = new QTableWidgetItem(PhoneNumber::displayForm(number.e164));
        e164->setData(ItemRoles::RawValueRole, number.e164);
        m_numbers->setItem(row, 0, e164);
        m_numbers->setItem(row, 1, new QTableWidgetItem(number.type));
        auto *fee = new QTableWidgetItem(number.monthly.format(locale));
        fee->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_numbers->setItem(row, 2, fee);
        const QStringList codes{QStringLiteral("fax"), QStringLiteral("sms"), QStringLiteral("e911")};
        for (int i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            // Unsubscribed options work and are billed to the end of the period: "✓ until 30/11/2026".
            const QString text = !number.hasOption(code) ? no
                                 : number.isEnding(code)
                                     ? tr("✓ until %1").arg(locale.toString(number.ending.value(code), QLocale::ShortFormat))
                                     : yes;
            auto *cell = new QTableWidgetItem(text);
            if (number.isEnding(code))
                cell->setToolTip(tr("Unsubscribed: it works and is billed until this day, then it switches off"));
            m_numbers->setItem(row, 3 + i, cell);
        }
    }
    m_numbers->resizeColumnsToContents();

    m_extensions->setRowCount(int(m_state.extensions.size()));
    for (int row = 0; row < m_state.extensions.size(); ++row) {
        const SubscriptionService::Extension &extension = m_state.extensions.at(row);
        const Catalogue::Option *device = m_state.catalogue.option(extension.deviceCode);
        const QString auth = extension.authMethod == QLatin1String("caller-id") ? tr("Caller ID")
                             : extension.authMethod == QLatin1String("none")    ? tr("None")
                                                                                 : tr("PIN");
        m_extensions->setItem(row, 0, new QTableWidgetItem(extension.extension));
        m_extensions->setItem(row, 1, new QTableWidgetItem(extension.name));
        m_extensions->setItem(row, 2, new QTableWidgetItem(device ? device->name : tr("none")));
        m_extensions->setItem(row, 3, new QTableWidgetItem(extension.privateNumber.isEmpty() ? no : PhoneNumber::displayForm(extension.privateNumber)));
        m_extensions->setItem(row, 4, new QTableWidgetItem(auth));
        m_extensions->setItem(row, 5, new QTableWidgetItem(extension.callScreening ? yes : no));
    }
    m_extensions->resizeColumnsToContents();

    m_packageLabel->setText(tr("<b>%1</b>, %2 a month").arg(m_state.package.name.toHtmlEscaped(), m_state.package.monthly.format(locale)));
    QStringList included;
    for (const QString &code : m_state.package.bundled) {
        if (const Catalogue::Option *option = m_state.catalogue.option(code))
            included << option->name.toHtmlEscaped();
    }
    QString details = m_state.package.description.toHtmlEscaped();
    if (!included.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("<br>")) + tr("Included: %1").arg(included.join(QStringLiteral(", ")));
    if (!m_state.pendingPackage.isEmpty()) {
        const Catalogue::Package *pending = m_state.catalogue.package(m_state.pendingPackage);
        details += QStringLiteral("<br>") + tr("Changes to %1 on %2.").arg(pending ? pending->name.toHtmlEscaped() : m_state.pendingPackage,
                                                                           locale.toString(m_state.pendingOn, QLocale::ShortFormat));
    }
    m_packageDetails->setText(details);
    const QString selectedPackage = m_packages->currentData().toString();
    m_packages->clear();
    for (const Catalogue::Package &package : m_state.catalogue.packages()) {
        if (package.code != m_state.package.code)
            m_packages->addItem(tr("%1 (%2 a month)").arg(package.name, package.monthly.format(locale)), package.code);
    }
    m_packages->setCurrentIndex(std::max(0, m_packages->findData(selectedPackage)));

    m_optionsModel->setCheckable(m_session->canChange());
    m_optionsModel->setState(m_state);
    m_options->resizeColumnsToContents();
    m_options->horizontalHeader()->setSectionResizeMode(ServiceOptionsModel::NameColumn, QHeaderView::Stretch);

    auto minutes = MinuteUsage::current(m_session->connection(), m_session->account(), m_session->clock());
    if (!minutes) {
        m_minutesLabel->setText(minutes.errorMessage());
    } else if (minutes->included == 0) {
        m_minutesBar->setValue(0);
        m_minutesBar->setFormat(tr("no package"));
        m_minutesLabel->setText(tr("No minute package: %1 minutes used this month are charged per minute. Packages of %2 to %3 "
                                   "minutes a month can be added from the basket.")
                                    .arg(locale.toString(minutes->used), locale.toString(MinuteUsage::kSmallestPackage),
                                         locale.toString(MinuteUsage::kLargestPackage)));
    } else {
        m_minutesBar->setValue(minutes->percentUsed());
        m_minutesBar->setFormat(QStringLiteral("%p%"));
        QString text = tr("%1 of %2 minutes used (%3 left) until %4; unused minutes do not roll over.")
                           .arg(locale.toString(minutes->used), locale.toString(minutes->included), locale.toString(minutes->remaining()),
                                locale.toString(minutes->to, QLocale::ShortFormat));
        if (minutes->overage() > 0)
            text += QLatin1Char(' ') + tr("%1 minutes over the package are charged per minute.").arg(locale.toString(minutes->overage()));
        m_minutesLabel->setText(text);
    }

    m_minutePackages->clear();
    for (const Catalogue::Option &option : m_state.catalogue.options(QStringLiteral("minutes")))
        m_minutePackages->addItem(tr("%1 a month, %2").arg(option.name, option.monthly.format(locale)), option.code);

    const qint64 selectedPayment = m_payWith->currentData().toLongLong();
    m_payWith->clear();
    m_payWith->addItem(tr("Account funds"), kAccountFunds);
    if (auto cards = BillingOptions(m_session->connection(), m_session->account(), m_session->role()).cards()) {
        for (const BillingOptions::Card &card : cards.value())
            m_payWith->addItem(tr("%1 ending in %2").arg(card.brand, card.last4), card.id);
    }
    m_payWith->addItem(tr("New card…"), kNewCard);
    m_payWith->setCurrentIndex(std::max(0, m_payWith->findData(selectedPayment)));
    reloadBasket();
}

void SubscriptionTab::reloadBasket()
{
    Basket basket = this->basket();
    auto lines = basket.lines();
    m_basketModel->setLines(lines ? lines.value() : QList<Basket::Line>{});
    const QLocale locale = Localization::locale();
    // Priced against the state on screen: a basket change leaves the subscription as it is.
    auto totals = !lines ? Result<Basket::Totals>(lines.error()) : m_hasState ? basket.totals(lines.value(), m_state) : basket.totals();
    if (!totals)
        m_basketTotals->setText(totals.errorMessage());
    else if (totals->items == 0)
        m_basketTotals->setText(tr("The basket is empty."));
    else
        m_basketTotals->setText(tr("%n item(s): %1 now, then %2 a month more", nullptr, totals->items)
                                    .arg(totals->chargedNow.format(locale), totals->monthly.format(locale)));
    updateEnabled();
}

void SubscriptionTab::updateEnabled()
{
    const bool change = m_hasState && m_session->canChange() && m_state.status == QLatin1String("active");
    const bool numberSelected = m_numbers->currentRow() >= 0 && !m_numbers->selectedItems().isEmpty();
    const int optionRow = m_options->currentIndex().isValid() ? m_options->currentIndex().row() : -1;
    const bool basketSelected = m_basket->currentIndex().isValid();
    m_addNumber->setEnabled(change);
    m_editNumber->setEnabled(change && numberSelected);
    m_removeNumber->setEnabled(change && numberSelected);
    m_editExtension->setEnabled(m_hasState && m_session->canChange() && !m_extensions->selectedItems().isEmpty());
    m_addExtension->setEnabled(change);
    m_removeExtension->setEnabled(change && !m_extensions->selectedItems().isEmpty());
    m_changePackage->setEnabled(change && m_packages->count() > 0);
    m_packages->setEnabled(change);
    m_submitOptions->setEnabled(change && !m_optionsModel->pendingCodes().isEmpty());
    m_unsubscribeOption->setEnabled(change && m_optionsModel->status(optionRow) == ServiceOptionsModel::Subscribed);
    m_addToBasket->setEnabled(change && optionRow >= 0 && m_optionsModel->status(optionRow) == ServiceOptionsModel::Available);
    m_basketPlus->setEnabled(change && basketSelected);
    m_basketMinus->setEnabled(change && basketSelected);
    m_basketRemove->setEnabled(change && basketSelected);
    m_checkout->setEnabled(change && m_basketModel->rowCount() > 0);
    m_emptyBasket->setEnabled(change && m_basketModel->rowCount() > 0);
    m_payWith->setEnabled(change);
    m_addMinutes->setEnabled(change && m_minutePackages->count() > 0);
    m_minutePackages->setEnabled(change);
    m_billingOptions->setEnabled(m_hasState);
    m_cancelSubscription->setEnabled(change);
}

void SubscriptionTab::showError(const QString &what, const QString &message)
{
    QMessageBox::warning(this, what, message);
}

bool SubscriptionTab::reviewAndConfirm(const QList<SubscriptionService::Change> &changes)
{
    auto review = service().review(changes);
    if (!review) {
        showError(tr("This change is not possible"), review.errorMessage());
        return false;
    }
    std::optional<TaxedDeposit::Quote> cardQuote;
    if (!quoteCard(review.value(), tr("This change is not possible"), &cardQuote))
        return false;
    SubscriptionReviewDialog dialog(review.value(), m_payWith->currentText(), cardQuote, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    SubscriptionService::Payment payment;
    if (!choosePayment(review.value(), &payment))
        return false;
    auto confirmed = service().confirm(changes, payment, requestId(), dialog.informCustomer());
    if (!confirmed) {
        showError(tr("The change was not saved"), confirmed.errorMessage());
        return false;
    }
    m_session->notifyDataChanged();
    return true;
}

bool SubscriptionTab::quoteCard(const SubscriptionService::Review &review, const QString &errorTitle,
                                std::optional<TaxedDeposit::Quote> *quote)
{
    if (m_payWith->currentData().toLongLong() == kAccountFunds || review.chargedNow.isZero())
        return true;
    auto priced = service().cardQuote(review);
    if (!priced) {
        showError(errorTitle, priced.errorMessage());
        return false;
    }
    *quote = priced.value();
    return true;
}

bool SubscriptionTab::choosePayment(const SubscriptionService::Review &review, SubscriptionService::Payment *payment)
{
    const qint64 choice = m_payWith->currentData().toLongLong();
    if (choice == kNewCard && !review.chargedNow.isZero()) {
        NewCardDialog card(m_gateway.get(), m_session->clock().today(m_session->account().timeZone()), this);
        if (card.exec() != QDialog::Accepted)
            return false;
        *payment = card.payment();
    } else if (choice > 0) {
        payment->method = SubscriptionService::Payment::Method::SavedCard;
        payment->paymentMethodId = choice;
    }
    return true;
}

void SubscriptionTab::addSmartNumber()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Add a Smart Number"), tr("Phone number in international form (+1 212 555 0199):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !number.trimmed().isEmpty())
        reviewAndConfirm({{SubscriptionService::Action::AddNumber, {}, number.trimmed(), 1}});
}

void SubscriptionTab::editSmartNumber()
{
    const int row = m_numbers->currentRow();
    if (!m_hasState || row < 0 || row >= m_state.numbers.size() || !m_session->canChange())
        return;
    SmartNumberOptionsDialog dialog(m_state.numbers.at(row), m_state.catalogue, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.changes().isEmpty())
        reviewAndConfirm(dialog.changes());
}

void SubscriptionTab::unsubscribeSmartNumber()
{
    const int row = m_numbers->currentRow();
    if (!m_hasState || row < 0 || row >= m_state.numbers.size())
        return;
    const QString e164 = m_state.numbers.at(row).e164;
    const auto answer = QMessageBox::question(this, tr("Unsubscribe a Smart Number"),
                                              tr("Unsubscribe %1? The number is released, with its calls kept in reports. It is paid to "
                                                 "the end of this invoice period; nothing is refunded.")
                                                  .arg(PhoneNumber::displayForm(e164)),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        reviewAndConfirm({{SubscriptionService::Action::RemoveNumber, {}, e164, 1}});
}

void SubscriptionTab::editExtension()
{
    const int row = m_extensions->currentRow();
    if (!m_hasState || row < 0 || row >= m_state.extensions.size() || !m_session->canChange())
        return;
    SubscriptionService engine = service();
    ExtensionSettingsDialog dialog(m_state.extensions.at(row), &engine, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->notifyDataChanged();
}

void SubscriptionTab::addExtension()
{
    if (!m_hasState || !m_session->canChange())
        return;
    AddExtensionDialog dialog(m_state.catalogue, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = service().addExtension(dialog.extension(), dialog.name(), dialog.deviceCode());
        if (added) {
            m_session->notifyDataChanged();
            return;
        }
        dialog.showError(added.errorMessage()); // and ask again, with what was typed kept
    }
}

void SubscriptionTab::removeExtension()
{
    const int row = m_extensions->currentRow();
    if (!m_hasState || row < 0 || row >= m_state.extensions.size() || !m_session->canChange())
        return;
    const SubscriptionService::Extension extension = m_state.extensions.at(row);
    QMessageBox box(QMessageBox::Question, tr("Remove Extension"),
                    tr("Remove extension %1 (%2)? Its private number settings go with it; the device stays in your "
                       "service options until you unsubscribe it.")
                        .arg(extension.extension, extension.name.isEmpty() ? tr("no name") : extension.name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeExtensionConfirmation"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (auto removed = service().removeExtension(extension.id, extension.version); !removed) {
        showError(tr("The extension was not removed"), removed.errorMessage());
        return;
    }
    m_session->notifyDataChanged();
}

void SubscriptionTab::changePackage()
{
    const QString code = m_packages->currentData().toString();
    if (!code.isEmpty())
        reviewAndConfirm({{SubscriptionService::Action::ChangePackage, code, {}, 1}});
}

void SubscriptionTab::submitOptions()
{
    QList<SubscriptionService::Change> changes;
    for (const QString &code : m_optionsModel->pendingCodes())
        changes << SubscriptionService::Change{SubscriptionService::Action::AddOption, code, {}, 1};
    if (!changes.isEmpty())
        reviewAndConfirm(changes);
}

void SubscriptionTab::unsubscribeOption()
{
    const int row = m_options->currentIndex().row();
    if (m_optionsModel->status(row) != ServiceOptionsModel::Subscribed)
        return;
    const QString name = m_optionsModel->index(row, ServiceOptionsModel::NameColumn).data(ItemRoles::RawValueRole).toString();
    const auto answer = QMessageBox::question(this, tr("Unsubscribe an option"),
                                              tr("Unsubscribe from %1? It stays active and billed until %2; nothing is refunded.")
                                                  .arg(name, Localization::locale().toString(m_state.nextInvoice.addDays(-1), QLocale::ShortFormat)),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        reviewAndConfirm({{SubscriptionService::Action::RemoveOption, m_optionsModel->code(row), {}, 1}});
}

void SubscriptionTab::addSelectedToBasket()
{
    addToBasket(m_optionsModel->code(m_options->currentIndex().row()));
}

void SubscriptionTab::addToBasket(const QString &code)
{
    if (code.isEmpty())
        return;
    Basket basket = this->basket();
    if (auto added = basket.add(code); !added)
        showError(tr("Not added to the basket"), added.errorMessage());
    reloadBasket();
}

void SubscriptionTab::changeBasketQuantity(int delta)
{
    const qint64 id = m_basketModel->lineId(m_basket->currentIndex().row());
    const int row = m_basket->currentIndex().row();
    Basket basket = this->basket();
    auto changed = delta > 0 ? basket.increment(id) : basket.decrement(id);
    if (!changed)
        showError(tr("Quantity not changed"), changed.errorMessage());
    reloadBasket();
    m_basket->setCurrentIndex(m_basketModel->index(std::min(row, m_basketModel->rowCount() - 1), 0));
}

void SubscriptionTab::removeBasketLine()
{
    Basket basket = this->basket();
    if (auto removed = basket.remove(m_basketModel->lineId(m_basket->currentIndex().row())); !removed)
        showError(tr("Not removed"), removed.errorMessage());
    reloadBasket();
}

void SubscriptionTab::emptyBasket()
{
    if (QMessageBox::question(this, tr("Empty the basket"), tr("Remove every product from the basket? Nothing is charged."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    Basket basket = this->basket();
    if (auto cleared = basket.clear(); !cleared)
        showError(tr("Basket not emptied"), cleared.errorMessage());
    reloadBasket();
}

void SubscriptionTab::checkout()
{
    Basket basket = this->basket();
    auto changes = basket.changes();
    if (!changes || changes->isEmpty())
        return;
    auto review = service().review(changes.value());
    if (!review) {
        showError(tr("The basket cannot be paid"), review.errorMessage());
        return;
    }
    std::optional<TaxedDeposit::Quote> cardQuote;
    if (!quoteCard(review.value(), tr("The basket cannot be paid"), &cardQuote))
        return;
    SubscriptionReviewDialog dialog(review.value(), m_payWith->currentText(), cardQuote, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SubscriptionService::Payment payment;
    if (!choosePayment(review.value(), &payment))
        return;
    auto paid = basket.checkout(payment, requestId(), dialog.informCustomer());
    if (!paid) {
        showError(tr("The basket was not paid"), paid.errorMessage());
        return;
    }
    m_session->notifyDataChanged();
}

void SubscriptionTab::showBillingOptions()
{
    BillingOptionsDialog dialog(BillingOptions(m_session->connection(), m_session->account(), m_session->role()), m_session->canChange(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->notifyDataChanged();
}

void SubscriptionTab::cancelSubscription()
{
    if (!m_hasState)
        return;
    const QLocale locale = Localization::locale();
    QMessageBox box(QMessageBox::Warning, tr("Cancel my subscription"),
                    tr("Do you want to unsubscribe and close the account?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelSubscriptionConfirmation"));
    box.setInformativeText(tr("What happens next: your package, options and numbers keep working and are billed until %1, the end "
                              "of this invoice period; nothing is refunded. From %2 nothing more is billed. Customer service will "
                              "contact you to confirm the cancellation.")
                               .arg(locale.toString(m_state.nextInvoice.addDays(-1), QLocale::LongFormat),
                                    locale.toString(m_state.nextInvoice, QLocale::LongFormat)));
    QPushButton *confirm = box.addButton(tr("Cancel the subscription"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == confirm)
        reviewAndConfirm({{SubscriptionService::Action::Cancel, {}, {}, 1}});
}
