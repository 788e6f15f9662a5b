# ICU, nettle and SQLite, as the `minutes` program links them: from their static archives
# (Debian's -dev packages ship them), because resolving the shared libraries' symbols at every
# start cost more than parsing a page of minutes (bench/README.md, "Process start"). The
# library, the reader modules, the tests and the benchmarks link the shared libraries.
#
# A target gets the static archives by setting its property MINUTES_STATIC_SYSTEM_LIBS; the
# choice is made where the target is linked, through these interface libraries:
#   minutes::unicode_and_hashing   ICU (uc, i18n, data) and nettle
#   minutes::sqlite                SQLite
option(MINUTES_STATIC_SYSTEM_LIBS "link the minutes program with static ICU, nettle, SQLite" ON)

set(static_wanted "$<BOOL:$<TARGET_PROPERTY:MINUTES_STATIC_SYSTEM_LIBS>>")
set(shared_wanted "$<NOT:${static_wanted}>")

# minutes_system_interface(name archives... SHARED targets...)
function(minutes_system_interface name)
  cmake_parse_arguments(arg "" "" "ARCHIVES;SHARED" ${ARGN})
  set(archives)
  foreach(archive IN LISTS arg_ARCHIVES)
    find_library(MINUTES_ARCHIVE_${archive} NAMES lib${archive}.a)
    if(NOT MINUTES_ARCHIVE_${archive})
      set(archives)  # one missing: the shared libraries for all
      break()
    endif()
    list(APPEND archives ${MINUTES_ARCHIVE_${archive}})
  endforeach()
  add_library(minutes_${name} INTERFACE)
  add_library(minutes::${name} ALIAS minutes_${name})
  if(NOT MINUTES_STATIC_SYSTEM_LIBS OR NOT archives)
    target_link_libraries(minutes_${name} INTERFACE ${arg_SHARED})
    return()
  endif()
  foreach(archive IN LISTS archives)
    target_link_libraries(minutes_${name} INTERFACE "$<${static_wanted}:${archive}>")
  endforeach()
  foreach(shared IN LISTS arg_SHARED)
    target_link_libraries(minutes_${name} INTERFACE "$<${shared_wanted}:${shared}>")
  endforeach()
  target_link_libraries(minutes_${name} INTERFACE "$<${static_wanted}:${CMAKE_DL_LIBS}>"
                                                  "$<${static_wanted}:Threads::Threads>")
endfunction()

minutes_system_interface(unicode_and_hashing ARCHIVES icui18n icuuc icudata nettle
                         SHARED ICU::i18n ICU::uc ICU::data PkgConfig::NETTLE)
minutes_system_interface(sqlite ARCHIVES sqlite3 SHARED SQLite::SQLite3)
