#include "forecastpage.h"

#include "forecastchart.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "core/money.h"
#include "finances/forecast.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ForecastPage::ForecastPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_range(new QButtonGroup(this)), m_summary(new QLabel(this)), m_chart(new ForecastChart(this)),
      m_export(new QPushButton(tr("Export &PNG…"), this))
{
    setObjectName(QStringLiteral("forecastPage"));
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_export->setObjectName(QStringLiteral("forecastExport"));
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    for (int days : {30, 60, 90}) {
        auto *button = new QRadioButton(tr("%1 days").arg(days), this);
        button->setObjectName(QStringLiteral("forecast%1Days").arg(days));
        button->setChecked(days == m_days);
        m_range->addButton(button, days);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    connect(m_range, &QButtonGroup::idClicked, this, [this](int days) {
        m_days = days;
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, &ForecastPage::exportPng);
}

void ForecastPage::refresh()
{
    const Account &account = m_session->account();
    const QDate today = m_session->clock().today(account.timeZone());
    auto input = Forecast::inputFor(m_session->connection(), account, today, m_days);
    if (!input) {
        m_summary->setText(input.errorMessage());
        return;
    }
    const Forecast::Projection projection = Forecast::compute(input.value());
    m_chart->setProjection(projection, today, account.currency);
    const QLocale locale = Localization::locale();
    qint64 topUps = 0;
    int count = 0;
    for (const Forecast::Day &day : projection.days) {
        topUps += day.topUpMinor;
        count += day.topUpMinor > 0 ? 1 : 0;
    }
    QStringList lines;
    lines << (projection.zeroDateWithout.isValid()
                  ? tr("Without automatic billing the balance reaches zero on %1.").arg(locale.toString(projection.zeroDateWithout, QLocale::LongFormat))
                  : tr("Without automatic billing the balance stays above zero for the next %n day(s).", nullptr, m_days));
    if (projection.thresholdDateWithout.isValid())
        lines << tr("It reaches the threshold on %1.").arg(locale.toString(projection.thresholdDateWithout, QLocale::LongFormat));
    if (input->autobilling.enabled) {
        lines << tr("Automatic billing would top up %n time(s), %1 in all.", nullptr, count).arg(Money(topUps, account.currency).format(locale));
        if (projection.zeroDate.isValid())
            lines << tr("Even with automatic billing the balance reaches zero on %1.").arg(locale.toString(projection.zeroDate, QLocale::LongFormat));
    } else {
        lines << tr("Automatic billing is off.");
    }
    m_summary->setText(lines.join(QLatin1Char(' ')));
}

void ForecastPage::exportPng()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Forecast"), QStringLiteral("balance-forecast-%1-days.png").arg(m_days),
                                                          tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    if (!m_chart->savePng(fileName))
        showError(tr("Export Forecast"), tr("Could not write %1.").arg(fileName));
}
