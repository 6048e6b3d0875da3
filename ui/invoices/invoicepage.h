#pragma once

#include "finances/financespage.h"

#include "invoices/invoice.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

// Finances → Generate Invoice and Finances → Canadian Invoice (seed 001): a From/To range, the
// invoice's language, a preview, Save as PDF… and Print…. The Canadian page also holds the tax
// profile: the province, the Provincial Tax ID (shown only for BC, MB and SK) and BC's exemption form.
class InvoicePage final : public FinancesPage
{
    Q_OBJECT

public:
    InvoicePage(Invoice::Kind kind, AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool canChange) override;

    // Composes the invoice for the range on screen and shows it; false (with the reason shown) on failure.
    bool generate();
    // Writes the previewed invoice to path (what Save as PDF… does after its dialog).
    bool saveTo(const QString &path);
    const std::optional<Invoice> &invoice() const { return m_invoice; }

private:
    void saveAsClicked();
    void printClicked();
    void provinceChanged();
    void saveTaxProfile();
    void loadTaxProfile();
    QString invoiceLanguage() const;

    Invoice::Kind m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_language;
    QPushButton *m_generate;
    QPushButton *m_save;
    QPushButton *m_print;
    QLabel *m_status;
    QTextBrowser *m_preview;
    // Canadian page only.
    QGroupBox *m_taxBox = nullptr;
    QComboBox *m_province = nullptr;
    QLabel *m_taxIdLabel = nullptr;
    QLineEdit *m_taxId = nullptr;
    QCheckBox *m_exemptionForm = nullptr;
    QPushButton *m_saveTax = nullptr;
    int m_taxVersion = 0;
    bool m_datesSet = false;
    bool m_canChange = true;
    std::optional<Invoice> m_invoice;
};
