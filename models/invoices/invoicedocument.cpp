#include "invoicedocument.h"

#include "invoicecomposer.h"
#include "taxtable.h"

#include "core/phonenumber.h"
#include "finances/ledger.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTranslator>
#include <QUrl>

namespace {

const QString kLogo = QStringLiteral("linedesk-invoice-logo");
const QString kIssuer = QStringLiteral("LineDesk Telecom Inc.");

// Section titles and the texts of the document, found by lupdate in the InvoiceDocument context.
struct SectionTitle
{
    const char *kind;
    const char *title;
};
constexpr SectionTitle kSectionTitles[] = {
    {"deposit", QT_TRANSLATE_NOOP("InvoiceDocument", "Deposits")},
    {"did_monthly", QT_TRANSLATE_NOOP("InvoiceDocument", "Monthly DID charges")},
    {"fax", QT_TRANSLATE_NOOP("InvoiceDocument", "Fax")},
    {"e911", QT_TRANSLATE_NOOP("InvoiceDocument", "911 service")},
    {"call_incoming", QT_TRANSLATE_NOOP("InvoiceDocument", "Incoming calls")},
    {"call_outgoing", QT_TRANSLATE_NOOP("InvoiceDocument", "Outgoing calls")},
    {"cnam", QT_TRANSLATE_NOOP("InvoiceDocument", "CNAM queries")},
    {"subscription", QT_TRANSLATE_NOOP("InvoiceDocument", "Subscription")},
    {"tax", QT_TRANSLATE_NOOP("InvoiceDocument", "Taxes")},
    {"adjustment", QT_TRANSLATE_NOOP("InvoiceDocument", "Adjustments")},
};

struct Label
{
    const char *key;
    const char *text;
};
constexpr Label kMethods[] = {
    {"card", QT_TRANSLATE_NOOP("InvoiceDocument", "Card")},
    {"paypal", QT_TRANSLATE_NOOP("InvoiceDocument", "PayPal")},
    {"wire", QT_TRANSLATE_NOOP("InvoiceDocument", "Bank wire")},
    {"auto", QT_TRANSLATE_NOOP("InvoiceDocument", "Automatic billing")},
    {"account", QT_TRANSLATE_NOOP("InvoiceDocument", "Account balance")},
};
constexpr Label kTaxes[] = {
    {"GST", QT_TRANSLATE_NOOP("InvoiceDocument", "GST")},
    {"HST", QT_TRANSLATE_NOOP("InvoiceDocument", "HST")},
    {"PST", QT_TRANSLATE_NOOP("InvoiceDocument", "PST")},
    {"QST", QT_TRANSLATE_NOOP("InvoiceDocument", "QST")},
};

template<typename List>
const char *lookup(const List &list, const QString &key)
{
    for (const auto &entry : list) {
        if (key == QLatin1String(entry.key))
            return entry.text;
    }
    return nullptr;
}

const char *sectionTitle(const QString &kind)
{
    for (const SectionTitle &entry : kSectionTitles) {
        if (kind == QLatin1String(entry.kind))
            return entry.title;
    }
    return nullptr;
}

// One translator per language, shared by every document and never installed: the interface keeps
// its own language.
std::shared_ptr<QTranslator> translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    QMutexLocker locker(&mutex);
    auto it = cache.find(language);
    if (it == cache.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (language == QLatin1String("en") || !translator->load(QStringLiteral(":/i18n/linedesk_%1.qm").arg(language)))
            translator.reset();
        it = cache.insert(language, translator);
    }
    return *it;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &html, bool right = false)
{
    return right ? QStringLiteral("<td align=\"right\">%1</td>").arg(html) : QStringLiteral("<td>%1</td>").arg(html);
}

QString headerCell(const QString &text, bool right = false)
{
    return right ? QStringLiteral("<th align=\"right\">%1</th>").arg(escaped(text)) : QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(text));
}

} // namespace

InvoiceDocument::InvoiceDocument(Invoice invoice, const QString &language)
    : m_invoice(std::move(invoice)), m_language(languages().contains(language) ? language : QStringLiteral("en"))
{
    const QLocale::Language lang = m_language == QLatin1String("fr")   ? QLocale::French
                                   : m_language == QLatin1String("es") ? QLocale::Spanish
                                                                       : QLocale::English;
    const QLocale::Territory territory = QLocale::codeToTerritory(m_invoice.billing.country);
    m_locale = QLocale(lang, territory);
    if (m_locale.language() != lang) // no such pair in CLDR: the language's own locale
        m_locale = QLocale(lang);
    m_translator = translatorFor(m_language);
}

InvoiceDocument::~InvoiceDocument() = default;

QStringList InvoiceDocument::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

QPageSize InvoiceDocument::pageSize() const
{
    const QString country = m_invoice.billing.country;
    return QPageSize(country == QLatin1String("US") || country == QLatin1String("CA") ? QPageSize::Letter : QPageSize::A4);
}

QString InvoiceDocument::translated(const char *context, const char *source) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString InvoiceDocument::text(const char *source) const
{
    return translated("InvoiceDocument", source);
}

QString InvoiceDocument::money(const Money &amount) const
{
    // Non-breaking: an amount never wraps inside a table cell.
    return escaped(amount.format(m_locale)).replace(QLatin1Char(' '), QChar(0x00A0));
}

QString InvoiceDocument::date(const QDate &day) const
{
    return m_locale.toString(day, QLocale::ShortFormat);
}

QString InvoiceDocument::longDate(const QDate &day) const
{
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    format.remove(QLatin1String("dddd, ")).remove(QLatin1String("dddd "));
    return m_locale.toString(day, format);
}

QString InvoiceDocument::taxLabel(const CanadianTaxes::Line &line) const
{
    const char *name = lookup(kTaxes, line.code);
    QString rate = TaxTable::rateText(line.rateMilliPercent);
    rate.replace(QLatin1Char('.'), m_locale.decimalPoint());
    //: A tax and its rate on an invoice: "GST 5 %"
    return text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 %2 %")).arg(name ? text(name) : line.code, rate);
}

QString InvoiceDocument::lineDescription(const Invoice::Line &line) const
{
    if (line.kind == QLatin1String("deposit")) {
        const char *method = lookup(kMethods, line.method);
        QString description = method ? text(method) : text(QT_TRANSLATE_NOOP("InvoiceDocument", "Deposit"));
        if (!line.reference.isEmpty())
            description += QStringLiteral(" · ") + line.reference;
        return description;
    }
    if (line.kind == QLatin1String("did_monthly"))
        return text(QT_TRANSLATE_NOOP("InvoiceDocument", "Monthly fee"));
    if (line.kind == QLatin1String("fax"))
        return text(QT_TRANSLATE_NOOP("InvoiceDocument", "Fax to e-mail"));
    if (line.kind == QLatin1String("e911"))
        return text(QT_TRANSLATE_NOOP("InvoiceDocument", "911 service"));
    if (line.kind == QLatin1String("call_incoming") || line.kind == QLatin1String("call_outgoing"))
        return text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 min")).arg(m_locale.toString(line.quantity));
    if (line.kind == QLatin1String("cnam"))
        return text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 queries")).arg(m_locale.toString(line.quantity));
    if (line.kind == QLatin1String("tax") && !line.taxCode.isEmpty())
        return taxLabel(CanadianTaxes::Line::fromLedger(line.taxCode, line.quantity, line.amount));
    return line.description;
}

QString InvoiceDocument::partiesHtml() const
{
    const Invoice &inv = m_invoice;
    const bool canadian = inv.kind == Invoice::Kind::Canadian;
    const QString title = canadian ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "Canadian Invoice"))
                                   : text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice"));
    QString html;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"40%\" valign=\"top\"><img src=\"%1\" width=\"48\" height=\"48\"><br>"
                           "<b>%2</b><br>linedesk.org</td>")
                .arg(kLogo, escaped(kIssuer));
    html += QStringLiteral("<td valign=\"top\" align=\"right\"><span style=\"font-size:18pt; font-weight:bold\">%1</span><br>").arg(escaped(title));
    const QList<QPair<QString, QString>> facts{
        {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice number")), inv.number},
        {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Issue date")), longDate(inv.issuedOn)},
        {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Period")),
         text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 to %2")).arg(longDate(inv.from), longDate(inv.to))},
        {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Account number")), inv.accountNumber}};
    for (const auto &[label, value] : facts)
        html += QStringLiteral("<span style=\"white-space:nowrap\">%1: <b>%2</b></span><br>").arg(escaped(label), escaped(value));
    html += QStringLiteral("</td></tr></table>");

    const BillingProfile::Fields &b = inv.billing;
    QStringList address;
    const QString company = b.company.isEmpty() ? inv.accountName : b.company;
    address << QStringLiteral("<b>%1</b>").arg(escaped(company));
    for (const QString &part : {b.addressLine1, b.addressLine2})
        if (!part.isEmpty())
            address << escaped(part);
    const QString cityLine = QStringList{b.city, b.region, b.postalCode}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QLatin1Char(' '));
    if (!cityLine.isEmpty())
        address << escaped(cityLine);
    if (!b.country.isEmpty())
        address << escaped(QLocale::territoryToString(QLocale::codeToTerritory(b.country)));
    if (!b.billingEmail.isEmpty())
        address << escaped(b.billingEmail);
    html += QStringLiteral("<p><span style=\"color:#555555\">%1</span><br>%2</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Bill to"))), address.join(QStringLiteral("<br>")));
    return html;
}

QString InvoiceDocument::standardHtml() const
{
    const Invoice &inv = m_invoice;
    QString html;
    // The summary: opening balance, a total per type, closing balance.
    html += QStringLiteral("<h3>%1</h3><table width=\"60%\" cellspacing=\"0\" cellpadding=\"3\">")
                .arg(escaped(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Summary"))));
    auto summaryRow = [&](const QString &label, const Money &amount, bool bold) {
        const QString value = money(amount);
        html += bold ? QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>").arg(escaped(label), value)
                     : QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(escaped(label), value);
    };
    summaryRow(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Opening balance")), inv.opening, true);
    for (const Invoice::Section &section : inv.sections) {
        const char *title = sectionTitle(section.kind);
        summaryRow(title ? text(title) : section.kind, section.total, false);
    }
    summaryRow(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Closing balance")), inv.closing, true);
    html += QStringLiteral("</table>");
    if (inv.sections.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(text(QT_TRANSLATE_NOOP("InvoiceDocument", "No transactions in this period."))));

    return html;
}

void InvoiceDocument::appendSections(QTextDocument *document, qreal width) const
{
    // The lines are paragraphs with tab stops, not table rows: QTextDocument lays out and pages
    // 10 000 paragraphs in a fraction of the time a 10 000-row table takes (bench/invoices_bench).
    const qreal right = width - 12;
    auto tabs = [&](bool grouped) {
        QList<QTextOption::Tab> stops;
        if (grouped) {
            stops << QTextOption::Tab(right * 0.42, QTextOption::LeftTab);
        } else {
            stops << QTextOption::Tab(right * 0.16, QTextOption::LeftTab) << QTextOption::Tab(right * 0.42, QTextOption::LeftTab);
        }
        stops << QTextOption::Tab(right, QTextOption::RightTab);
        return stops;
    };
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat heading = bold;
    heading.setFontPointSize(document->defaultFont().pointSizeF() * 1.3);

    const QString dateHeader = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Date"));
    const QString descriptionHeader = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Description"));
    const QString numberHeader = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Number"));
    const QString amountHeader = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Amount"));
    const QChar tab(QLatin1Char('\t'));
    for (const Invoice::Section &section : m_invoice.sections) {
        const char *title = sectionTitle(section.kind);
        const bool grouped = section.kind == QLatin1String("call_incoming") || section.kind == QLatin1String("call_outgoing")
                             || section.kind == QLatin1String("cnam");
        QTextBlockFormat headingBlock;
        headingBlock.setTopMargin(12);
        headingBlock.setBottomMargin(4);
        headingBlock.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.insertBlock(headingBlock, heading);
        cursor.insertText(title ? text(title) : section.kind);

        QTextBlockFormat header;
        header.setTabPositions(tabs(grouped));
        header.setBackground(QColor(0xe8, 0xee, 0xf5));
        cursor.insertBlock(header, bold);
        const QString quantityHeader = section.kind == QLatin1String("cnam") ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "Queries"))
                                                                             : text(QT_TRANSLATE_NOOP("InvoiceDocument", "Minutes"));
        cursor.insertText(grouped ? QString(numberHeader + tab + quantityHeader + tab + amountHeader)
                                  : QString(dateHeader + tab + numberHeader + tab + descriptionHeader + tab + amountHeader));

        QTextBlockFormat row;
        row.setTabPositions(tabs(grouped));
        row.setTopMargin(1);
        row.setBottomMargin(1);
        for (const Invoice::Line &line : section.lines) {
            cursor.insertBlock(row, plain);
            const QString number = line.did.isEmpty() ? QString() : PhoneNumber::displayForm(line.did);
            const QString amount = line.amount.format(m_locale).replace(QLatin1Char(' '), QChar(0x00A0));
            cursor.insertText(grouped ? QString(number + tab + m_locale.toString(line.quantity) + tab + amount)
                                      : QString(date(line.date) + tab + number + tab + lineDescription(line) + tab + amount));
        }
        QTextBlockFormat total = row;
        total.setTabPositions({QTextOption::Tab(right, QTextOption::RightTab)});
        total.setTopMargin(3);
        cursor.insertBlock(total, bold);
        cursor.insertText(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Total")) + tab
                          + section.total.format(m_locale).replace(QLatin1Char(' '), QChar(0x00A0)));
    }
}

QString InvoiceDocument::canadianHtml() const
{
    const Invoice &inv = m_invoice;
    const TaxTable &table = TaxTable::canada();
    QString html;

    // The customer's tax status.
    QStringList status;
    if (!inv.province.isEmpty()) {
        status << text(QT_TRANSLATE_NOOP("InvoiceDocument", "Province: %1")).arg(escaped(table.province(inv.province).name));
    }
    if (!inv.provincialTaxId.isEmpty())
        status << text(QT_TRANSLATE_NOOP("InvoiceDocument", "Provincial Tax ID: %1")).arg(escaped(inv.provincialTaxId));
    if (inv.exemption == CanadianTaxes::Exemption::TaxId)
        status << text(QT_TRANSLATE_NOOP("InvoiceDocument", "Exempt from PST: valid Provincial Tax ID"));
    else if (inv.exemption == CanadianTaxes::Exemption::ExemptionForm)
        status << text(QT_TRANSLATE_NOOP("InvoiceDocument", "Exempt from PST: exemption form on file"));
    if (!status.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(status.join(QStringLiteral("<br>")));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("InvoiceDocument", "This invoice shows deposits only, with the taxes charged on them."))));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr style=\"background-color:#e8eef5\">")
            + headerCell(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Date")))
            + headerCell(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Description")))
            + headerCell(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Deposit")), true)
            + headerCell(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Taxes")), true)
            + headerCell(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Total paid")), true) + QStringLiteral("</tr></thead>");
    const QList<Invoice::Line> lines = inv.sections.isEmpty() ? QList<Invoice::Line>() : inv.sections.first().lines;
    for (const Invoice::Line &line : lines) {
        QStringList taxes;
        for (const CanadianTaxes::Line &tax : line.taxes)
            taxes << QStringLiteral("%1: %2").arg(escaped(taxLabel(tax)), money(tax.amount));
        html += QStringLiteral("<tr>") + cell(date(line.date)) + cell(escaped(lineDescription(line))) + cell(money(line.amount), true)
                + cell(taxes.isEmpty() ? QStringLiteral("—") : taxes.join(QStringLiteral("<br>")), true) + cell(money(line.charged), true)
                + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (lines.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(text(QT_TRANSLATE_NOOP("InvoiceDocument", "No deposits in this period."))));

    html += QStringLiteral("<p></p><table width=\"50%\" align=\"right\" cellspacing=\"0\" cellpadding=\"3\">");
    auto totalRow = [&](const QString &label, const Money &amount, bool bold) {
        html += bold ? QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>").arg(escaped(label), money(amount))
                     : QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(escaped(label), money(amount));
    };
    totalRow(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Deposits before tax")), inv.subtotal, false);
    for (const CanadianTaxes::Line &tax : inv.taxTotals)
        totalRow(taxLabel(tax), tax.amount, false);
    totalRow(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Total taxes")), inv.taxTotal, false);
    totalRow(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Total paid")), inv.totalPaid, true);
    html += QStringLiteral("</table><br clear=\"all\">");

    html += QStringLiteral("<h3>%1</h3><p>").arg(escaped(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Tax registration numbers"))));
    QStringList numbers;
    for (const auto &[key, number] : inv.registrations) {
        const QString code = key.section(QLatin1Char(':'), 0, 0);
        const QString province = key.section(QLatin1Char(':'), 1, 1);
        const char *name = lookup(kTaxes, code);
        QString label = name ? text(name) : code;
        if (!province.isEmpty())
            label = text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 (%2)")).arg(label, table.province(province).name);
        numbers << QStringLiteral("%1: %2 — %3").arg(escaped(label), escaped(number), escaped(kIssuer));
    }
    html += numbers.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    return html;
}

QString InvoiceDocument::html() const
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    html += partiesHtml();
    html += m_invoice.kind == Invoice::Kind::Canadian ? canadianHtml() : standardHtml();
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> InvoiceDocument::document(QPagedPaintDevice *device) const
{
    auto document = std::make_unique<QTextDocument>();
    if (device) // laid out for the device's resolution from the start
        document->documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->addResource(QTextDocument::ImageResource, QUrl(kLogo), QImage(QStringLiteral(":/icons/linedesk-128.png")));
    document->setHtml(html());
    if (m_invoice.kind == Invoice::Kind::Standard)
        // Tab positions are in 96-dpi pixels whatever the device: the page's width in those units.
        appendSections(document.get(), device ? device->width() * 96.0 / device->logicalDpiX() : 760);
    QTextCursor cursor(document.get());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat note;
    note.setTopMargin(12);
    QTextCharFormat grey;
    grey.setForeground(QColor(0x55, 0x55, 0x55));
    cursor.insertBlock(note, grey);
    cursor.insertText(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Amounts in %1. Thank you for choosing LineDesk.")).arg(m_invoice.currency));
    return document;
}

void InvoiceDocument::print(QPagedPaintDevice *device) const
{
    auto doc = document(device);
    const QFont footerFont(doc->defaultFont());
    const QFontMetricsF metrics(footerFont, device);
    const qreal width = device->width();
    const qreal footer = metrics.height() * 2.5;
    const qreal body = device->height() - footer;
    doc->setPageSize(QSizeF(width, body));
    const int pages = doc->pageCount();

    QPainter painter(device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body);
        doc->drawContents(&painter, QRectF(0, page * body, width, body));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footerRect(0, body, width, footer);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, m_invoice.number);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                         text(QT_TRANSLATE_NOOP("InvoiceDocument", "Page %1 of %2")).arg(m_locale.toString(page + 1), m_locale.toString(pages)));
    }
    painter.end();
}

Result<void> InvoiceDocument::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::InvalidInput, tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setPageSize(pageSize());
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        const QString title = m_invoice.kind == Invoice::Kind::Canadian ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "Canadian Invoice"))
                                                                        : text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice"));
        writer.setTitle(QStringLiteral("%1 %2").arg(title, m_invoice.number));
        writer.setCreator(QStringLiteral("LineDesk"));
        print(&writer);
    }
    if (!file.commit())
        return Error{Error::Kind::Database, tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    return {};
}
