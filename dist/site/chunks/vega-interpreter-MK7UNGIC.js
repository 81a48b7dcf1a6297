import{ra as a}from"./chunk-IUOXWYRN.js";export{a as expressionInterpreter};
