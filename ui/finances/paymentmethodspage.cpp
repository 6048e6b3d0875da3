#include "paymentmethodspage.h"

#include "accounts/accountsession.h"
#include "core/itemroles.h"
#include "core/localization.h"
#include "finances/paymentmethods.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

PaymentMethodsPage::PaymentMethodsPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_table(new QTableWidget(0, 3, this)), m_brand(new QComboBox(this)), m_last4(new QLineEdit(this)),
      m_month(new QSpinBox(this)), m_year(new QSpinBox(this)), m_add(new QPushButton(tr("&Add Card"), this)),
      m_remove(new QPushButton(tr("&Remove…"), this)), m_default(new QPushButton(tr("Make &Default"), this))
{
    setObjectName(QStringLiteral("paymentMethodsPage"));
    m_table->setObjectName(QStringLiteral("paymentMethodsTable"));
    m_brand->setObjectName(QStringLiteral("cardBrand"));
    m_last4->setObjectName(QStringLiteral("cardLast4"));
    m_month->setObjectName(QStringLiteral("cardExpMonth"));
    m_year->setObjectName(QStringLiteral("cardExpYear"));
    m_add->setObjectName(QStringLiteral("cardAdd"));
    m_remove->setObjectName(QStringLiteral("cardRemove"));
    m_default->setObjectName(QStringLiteral("cardMakeDefault"));
    m_table->setHorizontalHeaderLabels({tr("Card"), tr("Expires"), tr("Default")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_brand->addItems(PaymentMethods::brands());
    // Four digits and no more: the field cannot take a card number.
    m_last4->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_last4));
    m_last4->setMaxLength(4);
    m_last4->setPlaceholderText(tr("Last 4 digits"));
    m_month->setRange(1, 12);
    m_year->setRange(2000, 2200);
    m_remove->setShortcut(QKeySequence::Delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_default);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *box = new QGroupBox(tr("Add a card"), this);
    auto *row = new QHBoxLayout(box);
    row->addWidget(m_brand);
    row->addWidget(m_last4);
    row->addWidget(m_month);
    row->addWidget(m_year);
    row->addWidget(m_add);
    layout->addWidget(box);
    auto *note = new QLabel(tr("LineDesk keeps only the payment provider's token, the brand, the last four digits and the "
                               "expiry: never the card number or its security code."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_add, &QPushButton::clicked, this, &PaymentMethodsPage::addCard);
    connect(m_remove, &QPushButton::clicked, this, &PaymentMethodsPage::removeCard);
    connect(m_default, &QPushButton::clicked, this, &PaymentMethodsPage::makeDefault);
}

void PaymentMethodsPage::applyRole(bool canChange)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_brand), static_cast<QWidget *>(m_last4), static_cast<QWidget *>(m_month),
                            static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove),
                            static_cast<QWidget *>(m_default)})
        widget->setEnabled(canChange);
}

void PaymentMethodsPage::refresh()
{
    const QDate today = m_session->clock().today(m_session->account().timeZone());
    if (m_year->value() == 2000) {
        m_year->setValue(today.year() + 2);
        m_month->setValue(today.month());
    }
    m_table->setRowCount(0);
    auto methods = PaymentMethods(m_session->connection(), m_session->account(), m_session->role()).list();
    if (!methods)
        return;
    for (const PaymentMethods::Method &method : methods.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *card = new QTableWidgetItem(method.label());
        card->setData(ItemRoles::IdRole, method.id);
        card->setData(ItemRoles::VersionRole, method.version); // checked when the card is removed or made the default
        m_table->setItem(row, 0, card);
        auto *expiry = new QTableWidgetItem(QStringLiteral("%1/%2").arg(method.expMonth, 2, 10, QLatin1Char('0')).arg(method.expYear));
        if (method.isExpiredOn(today)) {
            expiry->setText(tr("%1 (expired)").arg(expiry->text()));
            expiry->setForeground(Qt::red);
        }
        m_table->setItem(row, 1, expiry);
        m_table->setItem(row, 2, new QTableWidgetItem(method.isDefault ? tr("Default") : QString()));
    }
    m_table->resizeColumnsToContents();
}

qint64 PaymentMethodsPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(ItemRoles::IdRole).toLongLong();
}

int PaymentMethodsPage::selectedVersion() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(ItemRoles::VersionRole).toInt();
}

void PaymentMethodsPage::addCard()
{
    auto added = PaymentMethods(m_session->connection(), m_session->account(), m_session->role())
                     .add(*m_gateway, m_brand->currentText(), m_last4->text(), m_month->value(), m_year->value(),
                          m_session->clock().today(m_session->account().timeZone()), false);
    if (!added) {
        showError(tr("Add Card"), added.errorMessage());
        return;
    }
    m_last4->clear();
    changed();
}

void PaymentMethodsPage::removeCard()
{
    const qint64 id = selectedId();
    if (id == 0) {
        showError(tr("Remove Card"), tr("Choose a card in the list first."));
        return;
    }
    const QString label = m_table->item(m_table->currentRow(), 0)->text();
    if (QMessageBox::question(this, tr("Remove Card"),
                              tr("Remove %1? Automatic billing then uses the default card, if there is one.").arg(label))
        != QMessageBox::Yes)
        return;
    if (auto removed = PaymentMethods(m_session->connection(), m_session->account(), m_session->role()).remove(id, selectedVersion());
        !removed) {
        showError(tr("Remove Card"), removed.errorMessage());
        if (removed.errorKind() == Error::Kind::Conflict || removed.errorKind() == Error::Kind::NotFound)
            refresh(); // the list shows the card as it is now
        return;
    }
    changed();
}

void PaymentMethodsPage::makeDefault()
{
    const qint64 id = selectedId();
    if (id == 0) {
        showError(tr("Make Default"), tr("Choose a card in the list first."));
        return;
    }
    if (auto done = PaymentMethods(m_session->connection(), m_session->account(), m_session->role()).setDefault(id, selectedVersion());
        !done) {
        showError(tr("Make Default"), done.errorMessage());
        if (done.errorKind() == Error::Kind::Conflict || done.errorKind() == Error::Kind::NotFound)
            refresh();
        return;
    }
    changed();
}
