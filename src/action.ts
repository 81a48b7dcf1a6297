// The GitHub Action's face; built in the Action issue.
export {};
