#pragma once

#include "db/databaselocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File → Connect to Server…: where a team's PostgreSQL server is, with a Test button that tries
// the connection without leaving the dialog and says what failed. The password stays in memory
// unless "Remember password" is ticked; the caller then keeps it in the system keychain.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    void setLocation(const DatabaseLocation &location);
    DatabaseLocation location() const; // with the password typed
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    // Tries to open the server and check its schema; shows the outcome in the dialog.
    bool testConnection();

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_remember;
    QPushButton *m_testButton;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
