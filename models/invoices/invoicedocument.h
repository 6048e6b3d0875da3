#pragma once

#include "invoice.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QTranslator;

// An Invoice as a document: HTML laid out by QTextDocument, printed page by page with "Page n of N"
// to a QPdfWriter (PDF/A-1b, fonts embedded) or a printer. Its texts, dates and money are in the
// invoice's language (en, fr, es) whatever the interface's language is, through a translator of its
// own; the paper is Letter for the US and Canada and A4 elsewhere; the logo comes from resources.
// Needs a QGuiApplication (fonts).
class InvoiceDocument final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    explicit InvoiceDocument(Invoice invoice, const QString &language = QStringLiteral("en"));
    ~InvoiceDocument();

    static QStringList languages(); // en, fr, es

    const Invoice &invoice() const { return m_invoice; }
    const QString &language() const { return m_language; }
    // The invoice's language in the billing country when that exists (fr_CA), else the language's own.
    QLocale locale() const { return m_locale; }
    QPageSize pageSize() const;

    // A text of this class in the invoice's language.
    QString text(const char *source) const;
    // The header, the parties and the summary (standard) or the deposits (Canadian), as HTML.
    QString html() const;
    // The whole document (logo included), laid out for device when given, else for the screen (a preview).
    std::unique_ptr<QTextDocument> document(QPagedPaintDevice *device = nullptr) const;

    // Prints every page with its footer on a PDF writer or a printer.
    void print(QPagedPaintDevice *device) const;
    // Writes the PDF through a temporary file: nothing is left behind when it fails.
    Result<void> writePdf(const QString &path) const;

private:
    QString translated(const char *context, const char *source) const;
    QString money(const Money &amount) const;
    QString date(const QDate &day) const;
    QString longDate(const QDate &day) const;
    QString taxLabel(const CanadianTaxes::Line &line) const;
    QString lineDescription(const Invoice::Line &line) const;
    QString partiesHtml() const;
    QString standardHtml() const;
    void appendSections(QTextDocument *document, qreal width) const;
    QString canadianHtml() const;

    Invoice m_invoice;
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};
