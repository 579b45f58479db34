# Mensajes de la directiva `mpn-technical-support`, versión 2021-06-17, en español,
# que difieren de la versión 2021-03-04 (que esta amplía); el resto se hereda.

rule-activation-not-eligible-eligibility = ninguna pertenencia activa otorga `{ $benefit }`
    .help = { $benefit_name } se incluye con una pertenencia { $granted_by }: los partners de Action Pack no cumplen los requisitos a menos que obtengan una competencia
    .label = activada aquí

rule-incident-product-unsupported-recent-product = `{ $product }` no es un producto local reciente el { $opened_on }
    .help = { $benefit_name } cubre la versión actual (N) y la anterior (N-1) mientras esté en soporte estándar; use un plan de pago como `premier` para { $product_name }
    .label = no es reciente

rule-incident-no-contract-contract-link = `{ $opened_by }` no tiene vinculado el contrato de `{ $benefit }` el { $opened_on }
    .help = cada cuenta añade el contrato una vez (identificador de acceso `{ $access_id }`) en Soporte técnico para empresas o con "Vincular ventajas de soporte técnico" en el Portal de Azure y, después, abre incidentes; Microsoft 365 no necesita contrato
    .label = abre el incidente sin el contrato
    .label-link = vinculado a esta cuenta solo el { $linked_on }

rule-csp-customer-role-required-role = `{ $opened_by }` abre el incidente en la nube `{ $incident }` para el cliente `{ $customer }` sin el rol `admin-agent`
    .help = las solicitudes en la nube para clientes de CSP las abren los agentes de administrador (Clientes → Administración de servicios → Nueva solicitud); las solicitudes locales pueden proceder de cualquier cuenta
    .label = abierto para un cliente por esta cuenta
    .label-account = `{ $account }` tiene { $roles }
