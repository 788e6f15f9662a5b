# MINUTES_FUZZ: libFuzzer targets under AddressSanitizer and UndefinedBehaviorSanitizer. Clang
# only; every object is built with fuzzer coverage so the targets see inside the library.
if(MINUTES_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MINUTES_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g -O1)
  add_link_options(-fsanitize=address,undefined)
endif()
