#include "invoicepage.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "invoices/invoicecomposer.h"
#include "invoices/invoicedocument.h"
#include "invoices/taxprofile.h"
#include "invoices/taxtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

InvoicePage::InvoicePage(Invoice::Kind kind, AccountSession *session, PaymentGateway *gateway, QWidget *parent)
    : FinancesPage(session, gateway, parent), m_kind(kind), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_language(new QComboBox(this)), m_generate(new QPushButton(tr("&Get Invoice"), this)),
      m_save(new QPushButton(tr("&Save as PDF…"), this)), m_print(new QPushButton(tr("&Print…"), this)), m_status(new QLabel(this)),
      m_preview(new QTextBrowser(this))
{
    const bool canadian = kind == Invoice::Kind::Canadian;
    const QString prefix = canadian ? QStringLiteral("canadianInvoice") : QStringLiteral("invoice");
    setObjectName(prefix + QStringLiteral("Page"));
    m_from->setObjectName(prefix + QStringLiteral("From"));
    m_to->setObjectName(prefix + QStringLiteral("To"));
    m_language->setObjectName(prefix + QStringLiteral("Language"));
    m_generate->setObjectName(prefix + QStringLiteral("Generate"));
    m_save->setObjectName(prefix + QStringLiteral("Save"));
    m_print->setObjectName(prefix + QStringLiteral("Print"));
    m_status->setObjectName(prefix + QStringLiteral("Status"));
    m_preview->setObjectName(prefix + QStringLiteral("Preview"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Localization::locale().dateFormat(QLocale::ShortFormat));
    }
    // The invoice's language is its own: it defaults to the interface's but any of the three can be chosen.
    for (const QString &language : InvoiceDocument::languages())
        m_language->addItem(Localization::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Localization::current())));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    m_status->setWordWrap(true);
    m_preview->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&To:"), m_to);
    addLabelled(tr("&Language:"), m_language);
    bar->addWidget(m_generate);
    bar->addStretch(1);
    bar->addWidget(m_save);
    bar->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(canadian ? tr("Deposits made to the account with the taxes charged on them and LineDesk's tax "
                                           "registration numbers, for your tax accounting. Communication and monthly charges are "
                                           "not on this invoice.")
                                      : tr("Every transaction of the period: deposits, monthly DID charges, fax, 911, "
                                           "communication charges per number and CNAM queries, with the opening and closing balance."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (canadian) {
        m_taxBox = new QGroupBox(tr("Tax profile"), this);
        m_taxBox->setObjectName(QStringLiteral("taxProfileBox"));
        m_province = new QComboBox(m_taxBox);
        m_province->setObjectName(QStringLiteral("taxProvince"));
        m_taxIdLabel = new QLabel(tr("Provincial &Tax ID:"), m_taxBox);
        m_taxId = new QLineEdit(m_taxBox);
        m_taxId->setObjectName(QStringLiteral("taxProvincialId"));
        m_taxIdLabel->setBuddy(m_taxId);
        m_exemptionForm = new QCheckBox(tr("An &exemption form is on file (British Columbia)"), m_taxBox);
        m_exemptionForm->setObjectName(QStringLiteral("taxExemptionForm"));
        m_saveTax = new QPushButton(tr("Save &Tax Profile"), m_taxBox);
        m_saveTax->setObjectName(QStringLiteral("taxSave"));
        m_province->addItem(tr("Outside Canada"), QString());
        const TaxTable &table = TaxTable::canada();
        for (const QString &code : table.provinces())
            m_province->addItem(QStringLiteral("%1 (%2)").arg(table.province(code).name, code), code);
        auto *form = new QFormLayout(m_taxBox);
        form->addRow(tr("&Province:"), m_province);
        form->addRow(m_taxIdLabel, m_taxId);
        form->addRow(QString(), m_exemptionForm);
        auto *note = new QLabel(tr("Resellers in British Columbia, Manitoba or Saskatchewan are exempt from PST with a valid "
                                   "Provincial Tax ID; in British Columbia an exemption form on file exempts too. Taxes are "
                                   "recorded with each deposit."),
                                m_taxBox);
        note->setWordWrap(true);
        form->addRow(note);
        form->addRow(QString(), m_saveTax);
        layout->addWidget(m_taxBox);
        connect(m_province, &QComboBox::currentIndexChanged, this, &InvoicePage::provinceChanged);
        connect(m_saveTax, &QPushButton::clicked, this, &InvoicePage::saveTaxProfile);
    }

    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);

    connect(m_generate, &QPushButton::clicked, this, &InvoicePage::generate);
    connect(m_save, &QPushButton::clicked, this, &InvoicePage::saveAsClicked);
    connect(m_print, &QPushButton::clicked, this, &InvoicePage::printClicked);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_invoice)
            generate();
    });
}

void InvoicePage::refresh()
{
    if (!m_session->hasAccount())
        return;
    if (!m_datesSet) {
        // Default: last calendar month, the period an accountant usually asks for.
        const QDate today = m_session->clock().today(m_session->account().timeZone());
        const QDate firstOfMonth(today.year(), today.month(), 1);
        m_from->setDate(firstOfMonth.addMonths(-1));
        m_to->setDate(firstOfMonth.addDays(-1));
        m_datesSet = true;
    }
    if (m_taxBox)
        loadTaxProfile();
    generate();
}

void InvoicePage::applyRole(bool canChange)
{
    // Invoices are for everyone; only the tax profile changes something.
    m_canChange = canChange;
    if (m_taxBox) {
        for (QWidget *widget : {static_cast<QWidget *>(m_province), static_cast<QWidget *>(m_taxId),
                                static_cast<QWidget *>(m_exemptionForm), static_cast<QWidget *>(m_saveTax)})
            widget->setEnabled(canChange);
    }
}

QString InvoicePage::invoiceLanguage() const
{
    return m_language->currentData().toString();
}

bool InvoicePage::generate()
{
    if (!m_session->hasAccount())
        return false;
    auto composed = InvoiceComposer(m_session->connection(), m_session->account(), m_session->clock()).compose(m_from->date(), m_to->date(), m_kind);
    if (!composed) {
        m_invoice.reset();
        m_preview->clear();
        m_status->setText(composed.errorMessage());
        m_save->setEnabled(false);
        m_print->setEnabled(false);
        return false;
    }
    m_invoice = composed.value();
    const InvoiceDocument document(*m_invoice, invoiceLanguage());
    // The browser takes the laid-out document, logo included.
    m_preview->setDocument(document.document().release());
    m_preview->document()->setParent(m_preview);
    const QLocale locale = Localization::locale();
    const Money total = m_kind == Invoice::Kind::Canadian ? m_invoice->totalPaid : m_invoice->closing;
    m_status->setText(m_kind == Invoice::Kind::Canadian
                          ? tr("Invoice %1: %n deposit(s), %2 paid with taxes.", nullptr, int(m_invoice->lineCount()))
                                .arg(m_invoice->number, total.format(locale))
                          : tr("Invoice %1: %n line(s), closing balance %2.", nullptr, int(m_invoice->lineCount()))
                                .arg(m_invoice->number, total.format(locale)));
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    return true;
}

bool InvoicePage::saveTo(const QString &path)
{
    if (!m_invoice && !generate())
        return false;
    auto written = InvoiceDocument(*m_invoice, invoiceLanguage()).writePdf(path);
    if (!written) {
        showError(tr("Save as PDF"), written.errorMessage());
        return false;
    }
    m_status->setText(tr("Invoice %1 saved to %2.").arg(m_invoice->number, QDir::toNativeSeparators(path)));
    return true;
}

void InvoicePage::saveAsClicked()
{
    if (!m_invoice)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Invoice as PDF"), QDir(folder).filePath(m_invoice->number + QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

void InvoicePage::printClicked()
{
    if (!m_invoice)
        return;
    const InvoiceDocument document(*m_invoice, invoiceLanguage());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(document.pageSize());
    printer.setDocName(m_invoice->number);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Invoice"));
    if (dialog.exec() == QDialog::Accepted)
        document.print(&printer);
}

void InvoicePage::provinceChanged()
{
    // "only available if you have the proper province set" (seed 001).
    const QString province = m_province->currentData().toString();
    const bool taxId = TaxProfile::showsProvincialTaxId(province);
    m_taxIdLabel->setVisible(taxId);
    m_taxId->setVisible(taxId);
    m_taxId->setPlaceholderText(taxId ? TaxTable::canada().province(province).taxIdExample : QString());
    m_exemptionForm->setVisible(TaxProfile::showsExemptionForm(province));
}

void InvoicePage::loadTaxProfile()
{
    auto loaded = TaxProfile(m_session->connection(), m_session->account(), m_session->role()).load();
    if (!loaded) {
        m_status->setText(loaded.errorMessage());
        return;
    }
    m_province->setCurrentIndex(std::max(0, m_province->findData(loaded->province)));
    m_taxId->setText(loaded->provincialTaxId);
    m_exemptionForm->setChecked(loaded->exemptionFormOnFile);
    m_taxVersion = loaded->version;
    provinceChanged();
}

void InvoicePage::saveTaxProfile()
{
    TaxProfile::Fields fields;
    fields.province = m_province->currentData().toString();
    fields.provincialTaxId = m_taxId->isHidden() ? QString() : m_taxId->text();
    fields.exemptionFormOnFile = !m_exemptionForm->isHidden() && m_exemptionForm->isChecked();
    fields.version = m_taxVersion;
    auto saved = TaxProfile(m_session->connection(), m_session->account(), m_session->role()).save(fields);
    if (!saved) {
        // Said beside the form, not in a dialog: the field stays as typed to be corrected.
        m_status->setText(saved.errorMessage());
        return;
    }
    m_taxVersion = saved->version;
    m_taxId->setText(saved->provincialTaxId);
    m_status->setText(tr("Tax profile saved. Taxes apply to deposits from now on."));
    changed();
}
