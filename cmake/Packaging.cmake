# Install rules and CPack: DEB and TGZ on Linux (built and checked here), NSIS on Windows and a
# DragNDrop image on macOS (configured here, built on those systems; see packaging/README.md).
include(GNUInstallDirs)
set(LINEDESK_APP_ID org.linedesk.LineDesk)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${LINEDESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/${LINEDESK_APP_ID}.metainfo.xml.in
                   ${PROJECT_BINARY_DIR}/${LINEDESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/${LINEDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/linedesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${LINEDESK_APP_ID}.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/icons/linedesk-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${LINEDESK_APP_ID}.png)
    endforeach()
    # Debian policy: /usr/share/doc/<package>/copyright and a compressed changelog.
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/linedesk)
    set(changelog ${PROJECT_BINARY_DIR}/changelog.gz)
    add_custom_command(OUTPUT ${changelog}
        COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/linux/changelog > ${changelog}
        DEPENDS ${PROJECT_SOURCE_DIR}/packaging/linux/changelog VERBATIM)
    add_custom_target(linedesk_changelog ALL DEPENDS ${changelog})
    install(FILES ${changelog} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/linedesk)
endif()

set(CPACK_PACKAGE_NAME linedesk)
set(CPACK_PACKAGE_VENDOR "The LineDesk developers")
set(CPACK_PACKAGE_CONTACT "LineDesk developers <dev@linedesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY LineDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_EXECUTABLES linedesk LineDesk)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/linedesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/linedesk.exe)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\LineDesk.lnk' '$INSTDIR\\\\bin\\\\linedesk.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\LineDesk.lnk'")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME LineDesk)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION comm)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # dlopened at run time, so shlibdeps cannot see them (PLATFORM.md).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, tzdata")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "LineDesk manages virtual phone numbers, call routing, call reports,
 finances and subscription on an embedded SQLite database or a shared
 PostgreSQL server, in English, French and Spanish. It includes
 linedesk-cli for scripts.")
endif()
include(CPack)
