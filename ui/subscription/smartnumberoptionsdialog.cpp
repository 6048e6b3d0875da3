#include "smartnumberoptionsdialog.h"

#include "core/localization.h"
#include "core/phonenumber.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SmartNumberOptionsDialog::SmartNumberOptionsDialog(const SubscriptionService::SmartNumber &number, const Catalogue &catalogue,
                                                   QWidget *parent)
    : QDialog(parent), m_number(number)
{
    setObjectName(QStringLiteral("smartNumberOptionsDialog"));
    setWindowTitle(tr("Options of %1").arg(PhoneNumber::displayForm(number.e164)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check an option to switch it on, uncheck it to switch it off:"), this));
    for (const Catalogue::Option &option : catalogue.options(QStringLiteral("number"))) {
        const QLocale locale = Localization::locale();
        // An unsubscribed option still works until its last billed day: unchecked, with that day shown;
        // checking it again keeps it on at no charge.
        const QString label = number.isEnding(option.code)
                                  ? tr("%1 (%2 a month), on until %3").arg(option.name, option.monthly.format(locale),
                                                                           locale.toString(number.ending.value(option.code), QLocale::ShortFormat))
                                  : tr("%1 (%2 a month)").arg(option.name, option.monthly.format(locale));
        auto *box = new QCheckBox(label, this);
        box->setObjectName(QStringLiteral("numberOption_%1").arg(option.code));
        box->setChecked(renews(option.code));
        layout->addWidget(box);
        m_boxes << qMakePair(option.code, box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveNumberOptionsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SmartNumberOptionsDialog::renews(const QString &code) const
{
    return m_number.hasOption(code) && !m_number.isEnding(code);
}

QList<SubscriptionService::Change> SmartNumberOptionsDialog::changes() const
{
    QList<SubscriptionService::Change> result;
    for (const auto &[code, box] : m_boxes) {
        if (box->isChecked() == renews(code))
            continue;
        result << SubscriptionService::Change{box->isChecked() ? SubscriptionService::Action::AddOption
                                                               : SubscriptionService::Action::RemoveOption,
                                              code, m_number.e164, 1};
    }
    return result;
}
