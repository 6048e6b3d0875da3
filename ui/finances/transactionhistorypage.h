#pragma once

#include "financespage.h"

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class TransactionHistoryModel;

// Transaction History: From / To / Show over deposits, monthly DID charges, fax and 911 fees (no
// communication charges, no 90-day limit), paged from the database, with CSV export.
class TransactionHistoryPage final : public FinancesPage
{
    Q_OBJECT

public:
    TransactionHistoryPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool) override {}
    // Writes the whole range (not only the rows on screen) as CSV; returns an error message or "".
    QString exportCsv(const QString &fileName) const;

private:
    void show();
    void exportClicked();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_show;
    QPushButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
    TransactionHistoryModel *m_model;
    bool m_datesSet = false;
};
