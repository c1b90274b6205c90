/** Written into the output folder so the folder explains itself (and stays in git as generated). */
export const outputsReadme = `# output/

Written whole by \`citydefs analyze\`: every file here is replaced on each run, so do not edit them.
The columns of each file are described in the project README, under "Outputs".
\`manifest.json\` records the corpus files (with SHA-256), the config and the versions that produced them.
`;
