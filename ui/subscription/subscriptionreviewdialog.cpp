#include "subscriptionreviewdialog.h"

#include "core/localization.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("add"))
        return SubscriptionReviewDialog::tr("Add");
    if (kind == QLatin1String("upgrade"))
        return SubscriptionReviewDialog::tr("Upgrade");
    if (kind == QLatin1String("remove"))
        return SubscriptionReviewDialog::tr("Remove");
    if (kind == QLatin1String("downgrade"))
        return SubscriptionReviewDialog::tr("Downgrade");
    return SubscriptionReviewDialog::tr("Cancel subscription");
}

} // namespace

SubscriptionReviewDialog::SubscriptionReviewDialog(const SubscriptionService::Review &review, const QString &paymentText,
                                                   const std::optional<TaxedDeposit::Quote> &cardQuote, QWidget *parent)
    : QDialog(parent), m_inform(new QCheckBox(tr("&Inform the customer (send a confirmation to the billing e-mail)"), this))
{
    setObjectName(QStringLiteral("subscriptionReviewDialog"));
    setWindowTitle(tr("Review the change"));
    const QLocale locale = Localization::locale();
    auto *layout = new QVBoxLayout(this);

    auto *table = new QTableWidget(int(review.lines.size()), 4, this);
    table->setObjectName(QStringLiteral("reviewLines"));
    table->setHorizontalHeaderLabels({tr("Change"), tr("Item"), tr("Charged now"), tr("Takes effect")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < review.lines.size(); ++row) {
        const SubscriptionService::Impact &line = review.lines.at(row);
        const QString item = line.e164.isEmpty() || line.itemCode == line.e164 ? line.itemName
                                                                               : tr("%1 on %2").arg(line.itemName, line.e164);
        table->setItem(row, 0, new QTableWidgetItem(kindText(line.kind)));
        table->setItem(row, 1, new QTableWidgetItem(item));
        auto *charged = new QTableWidgetItem(line.chargedNow.format(locale));
        charged->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 2, charged);
        table->setItem(row, 3, new QTableWidgetItem(locale.toString(line.effectiveOn, QLocale::ShortFormat)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);

    auto *form = new QFormLayout;
    auto *chargedNow = new QLabel(QStringLiteral("<b>%1</b>").arg(review.chargedNow.format(locale)), this);
    chargedNow->setObjectName(QStringLiteral("reviewChargedNow"));
    auto *today = new QLabel(tr("%1 a month").arg(review.currentMonthly.format(locale)), this);
    today->setObjectName(QStringLiteral("reviewCurrentMonthly"));
    auto *next = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("%1 a month").arg(review.nextMonth.format(locale))), this);
    next->setObjectName(QStringLiteral("reviewNextMonth"));
    form->addRow(tr("Charged now:"), chargedNow);
    form->addRow(tr("Monthly price today:"), today);
    form->addRow(tr("Price from %1:").arg(locale.toString(review.nextInvoice, QLocale::ShortFormat)), next);
    if (!review.chargedNow.isZero())
        form->addRow(tr("Paid with:"), new QLabel(paymentText, this));
    if (!review.chargedNow.isZero() && cardQuote && !cardQuote->taxes.isEmpty()) {
        // A card payment is a deposit, and a Canadian account's deposits carry sales taxes.
        QStringList taxes;
        for (const CanadianTaxes::Line &line : cardQuote->taxes)
            taxes << tr("%1 %2 %: %3").arg(line.code, TaxTable::rateText(line.rateMilliPercent), line.amount.format(locale));
        auto *taxLabel = new QLabel(taxes.join(QLatin1Char('\n')), this);
        taxLabel->setObjectName(QStringLiteral("reviewCardTaxes"));
        auto *cardLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(cardQuote->charged.format(locale)), this);
        cardLabel->setObjectName(QStringLiteral("reviewCardCharged"));
        form->addRow(tr("Sales taxes on the card payment:"), taxLabel);
        form->addRow(tr("The card is charged:"), cardLabel);
    }
    layout->addLayout(form);

    auto *rule = new QLabel(review.prepaid ? tr("Prepaid account: added or upgraded services are charged one full month plus the "
                                                "rest of this invoice period now. Removed or downgraded ones run to the end of the "
                                                "period, with no credit.")
                                           : tr("Added or upgraded services are charged for the rest of this invoice period now. "
                                                "Removed or downgraded ones run to the end of the period, with no credit."),
                            this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(rule);

    m_inform->setObjectName(QStringLiteral("informCustomerCheck"));
    layout->addWidget(m_inform);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *confirm = buttons->addButton(tr("&Confirm"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelReviewButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

bool SubscriptionReviewDialog::informCustomer() const
{
    return m_inform->isChecked();
}
