#include "placeholderpage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const char *title, const char *description, QWidget *parent)
    : QWidget(parent), m_title(title), m_description(description), m_titleLabel(new QLabel(this)),
      m_descriptionLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setObjectName(QStringLiteral("placeholderTitle"));
    m_descriptionLabel->setAlignment(Qt::AlignCenter);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setObjectName(QStringLiteral("placeholderDescription"));
    m_descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_titleLabel->setText(QCoreApplication::translate("MainWindow", m_title));
    m_descriptionLabel->setText(QCoreApplication::translate("MainWindow", m_description));
}
