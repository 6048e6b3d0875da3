#pragma once

#include <QFrame>
#include <QTimer>

class AccountSession;
class QColor;
class QLabel;
class QPushButton;

// A thin strip above the tabs while the database connection is down (issue 9): says that what is on
// screen may be out of date and that changes cannot be saved, counts down to the next reconnect
// attempt and offers Retry Now. It takes no room when the connection is fine, and after a
// reconnect says so briefly.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(AccountSession *session, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showLost();
    void showRetry(int attempt, int delayMs);
    void showRestored();
    void updateText();
    void setColours(const QColor &background, const QColor &text);

    enum class State { Hidden, Lost, Restored };

    AccountSession *m_session;
    QLabel *m_label;
    QPushButton *m_retryButton;
    QTimer m_countdown;
    QTimer m_hideTimer;
    State m_state = State::Hidden;
    qint64 m_retryAtMs = 0;
};
