#pragma once

#include "financespage.h"

class ForecastChart;
class QButtonGroup;
class QLabel;
class QPushButton;

// Balance Forecast: the chart for the next 30, 60 or 90 days with the day the balance would run
// out, with and without automatic billing, and PNG export.
class ForecastPage final : public FinancesPage
{
    Q_OBJECT

public:
    ForecastPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool) override {}
    ForecastChart *chart() const { return m_chart; }
    int days() const { return m_days; }

private:
    void exportPng();

    int m_days = 30;
    QButtonGroup *m_range;
    QLabel *m_summary;
    ForecastChart *m_chart;
    QPushButton *m_export;
};
