# Builds the sample project from the sample articles with the command line, the way a user
# would: cmake -DCOUNTERPOINT=<exe> -DSEEDS=<this folder> -DOUTPUT=<file> -P BuildSampleProject.cmake
# It builds into a temporary file and renames it at the end, so a failed step leaves no half
# project behind, and it stops at the first failing step, naming it.
cmake_minimum_required(VERSION 3.25)

foreach(variable COUNTERPOINT SEEDS OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "BuildSampleProject.cmake needs -D${variable}=…")
    endif()
endforeach()

# The command line creates only files named *.counterpoint, so the work in progress is one too.
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
set(project "${output_dir}/sample-in-progress.counterpoint")
foreach(file "${project}" "${project}-wal" "${project}-shm")
    file(REMOVE "${file}")
endforeach()

# counterpoint(<output variable> <arguments>…): runs one command, fails the build if it fails.
# Its work is the sample analyst's, not whoever builds it (the login name, "root" in CI).
function(counterpoint output)
    execute_process(
        COMMAND "${COUNTERPOINT}" --author "Sample Analyst" ${ARGN}
        RESULT_VARIABLE status
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err
        OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT status EQUAL 0)
        string(REPLACE ";" " " command "${ARGN}")
        message(FATAL_ERROR "Building the sample project failed at: counterpoint ${command}\n${err}")
    endif()
    set(${output} "${out}" PARENT_SCOPE)
endfunction()

# annotate(<id variable> <article> <kind> <exact text> [ACTOR name] [TAGS names…] [SET name] [COMMENT text])
function(annotate id article kind exact)
    cmake_parse_arguments(A "" "ACTOR;SET;COMMENT" "TAGS" ${ARGN})
    set(arguments annotate "${project}" "${article}" --kind ${kind} --exact "${exact}")
    if(A_ACTOR)
        list(APPEND arguments --actor "${A_ACTOR}")
    endif()
    foreach(tag IN LISTS A_TAGS)
        list(APPEND arguments --tag "${tag}")
    endforeach()
    if(A_SET)
        list(APPEND arguments --set "${A_SET}")
    endif()
    if(A_COMMENT)
        list(APPEND arguments --comment "${A_COMMENT}")
    endif()
    counterpoint(new_id ${arguments})
    set(${id} "${new_id}" PARENT_SCOPE)
endfunction()

function(link from kind to)
    counterpoint(ignored link "${project}" "${from}" "${to}" --kind ${kind})
endfunction()

# The two reports first, so they are the pair a new window shows side by side.
counterpoint(ignored import "${project}"
    "${SEEDS}/anthropic-warns-of-gpu-smuggling.md"
    "${SEEDS}/nvidia-denies-tall-tales.html")
counterpoint(ignored import "${project}" "${SEEDS}/analyst-briefing.txt")

set(anthropic "Anthropic warns")
set(nvidia "Nvidia dismisses")
set(briefing "Briefing")

# The Anthropic-leaning report.
annotate(a_blog ${anthropic} source "In a long post on its blog"
    ACTOR "Anthropic" COMMENT "Anthropic's blog post is the primary source of its claims.")
annotate(a_threat ${anthropic} claim "chip smuggling is a major threat to American export controls"
    ACTOR "Anthropic" TAGS "smuggling" "export controls")
annotate(a_operations ${anthropic} claim
    "China has built sophisticated smuggling operations, with documented cases involving hundreds of millions of dollars worth of chips"
    ACTOR "Anthropic" TAGS "smuggling" "China")
annotate(a_schedule ${anthropic} claim "Anthropic wants the rule enforced on schedule and made stricter, not delayed."
    ACTOR "Anthropic" TAGS "AI Diffusion Rule")
annotate(a_cnbc ${anthropic} source "Speaking to CNBC" ACTOR "CNBC")
annotate(a_tall_tales ${anthropic} counterclaim
    "American firms should focus on innovation and rise to the challenge, rather than tell tall tales."
    ACTOR "Nvidia" TAGS "smuggling")
annotate(a_competition ${anthropic} counterclaim "the AI Diffusion Rule should not be used to stifle competition"
    ACTOR "Nvidia" TAGS "AI Diffusion Rule")
annotate(a_expertise ${anthropic} counterclaim "China already has significant AI expertise of its own"
    ACTOR "Nvidia" TAGS "China")
annotate(a_revenue ${anthropic} claim "new licensing terms could cost it up to $5.5 billion in revenue"
    ACTOR "Nvidia" TAGS "export controls")
annotate(a_debated ${anthropic} note "Whether more chips really make better AI is itself debated"
    COMMENT "DeepSeek is the counter-example both sides leave out.")

# The Nvidia-leaning report.
annotate(n_tall_tales ${nvidia} counterclaim
    "American firms should focus on innovation and rise to the challenge, rather than tell tall tales"
    ACTOR "Nvidia" TAGS "smuggling")
annotate(n_cnbc ${nvidia} source "given to CNBC" ACTOR "CNBC")
annotate(n_belly ${nvidia} source "In 2022 a woman was caught carrying 200 CPUs hidden in a prosthetic belly."
    TAGS "smuggling" COMMENT "CPUs, not Nvidia GPUs.")
annotate(n_lobsters ${nvidia} source "In 2023 two men were found moving GPUs into China packed alongside live lobsters."
    TAGS "smuggling" "China")
annotate(n_not_invented ${nvidia} counterclaim "Anthropic is citing earlier cases, not making claims out of thin air."
    ACTOR "Silicon Dispatch")
annotate(n_no_evidence ${nvidia} counterclaim "it has given no evidence of ongoing smuggling"
    ACTOR "Silicon Dispatch" TAGS "smuggling")
annotate(n_diffusion ${nvidia} claim "accelerate the diffusion of American AI technology around the world"
    ACTOR "Jensen Huang" TAGS "AI Diffusion Rule")
annotate(n_behind ${nvidia} claim "China is right behind us" ACTOR "Jensen Huang" TAGS "China")

# The briefing note, read a second time.
annotate(b_threat ${briefing} claim "Chip smuggling into China is a major threat to US export controls."
    ACTOR "Anthropic" TAGS "smuggling" "export controls" SET "Second reading")
annotate(b_tall_tales ${briefing} counterclaim "The company calls the smuggling stories “tall tales”"
    ACTOR "Nvidia" SET "Second reading")
annotate(b_evidence ${briefing} note "Neither side has published evidence about smuggling happening now."
    SET "Second reading")

# Who answers whom, across the three articles.
link(${a_operations} cites ${a_blog})
link(${a_threat} cites ${a_blog})
link(${a_tall_tales} cites ${a_cnbc})
link(${n_tall_tales} cites ${n_cnbc})
link(${a_tall_tales} rebuts ${a_operations})
link(${n_tall_tales} rebuts ${a_operations})
link(${a_expertise} rebuts ${a_threat})
link(${a_competition} rebuts ${a_schedule})
link(${n_no_evidence} rebuts ${a_operations})
link(${n_not_invented} rebuts ${n_tall_tales})
link(${n_belly} supports ${a_operations})
link(${n_lobsters} supports ${a_operations})
link(${a_tall_tales} same-claim ${n_tall_tales})
link(${b_threat} same-claim ${a_threat})
link(${b_tall_tales} same-claim ${n_tall_tales})
link(${b_evidence} supports ${n_no_evidence})

foreach(file "${OUTPUT}" "${OUTPUT}-wal" "${OUTPUT}-shm")
    file(REMOVE "${file}")
endforeach()
file(RENAME "${project}" "${OUTPUT}")
message(STATUS "Sample project: ${OUTPUT}")
