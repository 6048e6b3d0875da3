#pragma once

#include "numbers/numberrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Asks for a new number (checked with libphonenumber as it is typed), its type, plan and monthly
// fee; OK stays disabled until the number is valid, and the reason shows under the field.
class AddNumberDialog final : public QDialog
{
    Q_OBJECT

public:
    AddNumberDialog(const QString &currency, const QDate &today, QWidget *parent = nullptr);

    // Null when the fee field does not hold an amount.
    std::optional<NumberRepository::NewNumber> request() const;
    void showError(const QString &message);

private:
    void validate();

    QString m_currency;
    QLineEdit *m_numberEdit;
    QLabel *m_statusLabel;
    QComboBox *m_typeCombo;
    QComboBox *m_planCombo;
    QLineEdit *m_feeEdit;
    QDateEdit *m_orderedEdit;
    QLineEdit *m_noteEdit;
    QPushButton *m_okButton = nullptr;
};
