// The demo profile's users per role (DemoData; password "demo").
export const DEMO_USERS = {
  branch: 'oficina0001',
  branchOther: 'oficina0002',
  backOffice: 'analista',
  manager: 'gerente',
  operator: 'admin',
  portal: 'portal',
};
