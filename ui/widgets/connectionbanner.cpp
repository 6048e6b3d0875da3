#include "connectionbanner.h"

#include "accounts/accountsession.h"
#include "db/databasemonitor.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ConnectionBanner::ConnectionBanner(AccountSession *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_label(new QLabel(this)), m_retryButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_label->setObjectName(QStringLiteral("connectionBannerText"));
    m_label->setWordWrap(true);
    m_retryButton->setObjectName(QStringLiteral("connectionRetryButton"));
    // Muted colours: the tabs below stay readable and usable for reading.
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);

    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBanner::updateText);
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(3000);
    connect(&m_hideTimer, &QTimer::timeout, this, [this] {
        m_state = State::Hidden;
        hide();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_session->monitor())
            m_session->monitor()->retryNow();
    });
    connect(m_session, &AccountSession::connectionLost, this, &ConnectionBanner::showLost);
    connect(m_session, &AccountSession::reconnectScheduled, this, &ConnectionBanner::showRetry);
    connect(m_session, &AccountSession::connectionRestored, this, &ConnectionBanner::showRestored);
    connect(m_session, &AccountSession::databaseChanged, this, [this] {
        m_state = State::Hidden;
        m_countdown.stop();
        hide();
    });
    hide();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::showLost()
{
    m_state = State::Lost;
    m_hideTimer.stop();
    setColours(QColor(0xfd, 0xf1, 0xd8), QColor(0x5c, 0x40, 0x00)); // pale amber
    m_retryButton->show();
    updateText();
    show();
}

void ConnectionBanner::showRetry(int attempt, int delayMs)
{
    Q_UNUSED(attempt)
    if (m_state != State::Lost)
        showLost();
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    m_countdown.start();
    updateText();
}

void ConnectionBanner::showRestored()
{
    m_state = State::Restored;
    m_countdown.stop();
    setColours(QColor(0xe3, 0xf4, 0xe1), QColor(0x1e, 0x4d, 0x1a)); // pale green
    m_retryButton->hide();
    updateText();
    show();
    m_hideTimer.start();
}

void ConnectionBanner::setColours(const QColor &background, const QColor &text)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    setPalette(palette);
}

void ConnectionBanner::updateText()
{
    m_retryButton->setText(tr("&Retry Now"));
    switch (m_state) {
    case State::Hidden:
        m_label->clear();
        break;
    case State::Lost: {
        const qint64 left = qMax<qint64>(0, m_retryAtMs - QDateTime::currentMSecsSinceEpoch());
        const int seconds = int((left + 999) / 1000);
        const QString retry = left > 0 ? tr("Reconnecting in %n second(s)…", nullptr, seconds) : tr("Reconnecting…");
        m_label->setText(tr("The connection to the database was lost. What you see may be out of date and changes cannot "
                            "be saved until it is back. %1")
                             .arg(retry));
        break;
    }
    case State::Restored:
        m_label->setText(tr("Reconnected. The tabs show the current data again."));
        break;
    }
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateText();
}
