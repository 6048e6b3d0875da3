#pragma once

#include "subscription/billingoptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// Billing Options (seed 004): monthly invoices or credit card (a saved card is then required) and
// the billing address, all of whose fields are mandatory. Saves through BillingOptions, which
// validates and refuses employees; the dialog shows what is wrong and stays open.
class BillingOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    BillingOptionsDialog(BillingOptions options, bool canChange, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateMethod();
    BillingOptions::Settings settings() const;

    BillingOptions m_options;
    BillingOptions::Settings m_loaded;
    QRadioButton *m_invoice;
    QRadioButton *m_card;
    QComboBox *m_cards;
    QLineEdit *m_company;
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_postalCode;
    QLineEdit *m_country;
    QLineEdit *m_email;
    QLabel *m_error;
};
