# linedesk_common: the compile settings every LineDesk target shares (taken from qBittorrent's CommonConfig).
add_library(linedesk_common INTERFACE)
target_compile_features(linedesk_common INTERFACE cxx_std_20)
target_compile_definitions(linedesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    LINEDESK_VERSION="${PROJECT_VERSION}"
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(linedesk_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                     -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(LINEDESK_WERROR)
        target_compile_options(linedesk_common INTERFACE -Werror)
    endif()
    if(WITH_ASAN)
        target_compile_options(linedesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(linedesk_common INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(linedesk_common INTERFACE /W4 /utf-8)
    if(LINEDESK_WERROR)
        target_compile_options(linedesk_common INTERFACE /WX)
    endif()
endif()
