# Mensajes de la directiva `mpn-technical-support`, versión 2021-03-04, en español.
# Traducidos de 2021-03-04.en (en-0304.ftl); se conservan todos los identificadores
# y todas las variables `{ $variable }`.

policy-title = Ventajas de soporte técnico de MPN

programs-mpn = Microsoft Partner Network

programs-csp = Cloud Solution Provider

roles-global-admin = Administrador global

roles-mpn-partner-admin = Administrador de partners de MPN

roles-admin-agent = Agente de administrador

portals-support-for-business = Soporte técnico para empresas

portals-azure = Portal de Azure

product-kinds-on-premises = local

product-kinds-cloud = en la nube

competency-classes-cloud = competencia en la nube

competency-classes-other = otra competencia (híbrida)

tiers-action-pack = Microsoft Action Pack

tiers-silver = Competencia Silver

tiers-gold = Competencia Gold

competencies-security = Security

competencies-cloud-business-applications = Cloud Business Applications

competencies-cloud-platform = Cloud Platform

competencies-cloud-productivity = Cloud Productivity

competencies-enterprise-mobility-management = Enterprise Mobility Management

competencies-small-and-midmarket-cloud-solutions = Small and Midmarket Cloud Solutions

competencies-application-development = Application Development

competencies-application-integration = Application Integration

competencies-collaboration-and-content = Collaboration and Content

competencies-communications = Communications

competencies-data-analytics = Data Analytics

competencies-data-center = Datacenter

competencies-data-platform = Data Platform

competencies-devops = DevOps

competencies-enterprise-resource-planning = Enterprise Resource Planning

competencies-messaging = Messaging

competencies-project-and-portfolio-management = Project and Portfolio Management

competencies-windows-and-devices = Windows and Devices

products-windows-10 = Windows 10

products-windows-server-2019 = Windows Server 2019

products-windows-server-2016 = Windows Server 2016

products-sql-server-2019 = SQL Server 2019

products-sql-server-2017 = SQL Server 2017

products-exchange-server-2019 = Exchange Server 2019

products-exchange-server-2016 = Exchange Server 2016

products-sharepoint-server-2019 = SharePoint Server 2019

products-sharepoint-server-2016 = SharePoint Server 2016

products-system-center-2019 = System Center 2019

products-windows-server-2012-r2 = Windows Server 2012 R2

products-sql-server-2014 = SQL Server 2014

products-exchange-server-2013 = Exchange Server 2013

products-exchange-server-2010 = Exchange Server 2010

products-sharepoint-server-2013 = SharePoint Server 2013

products-azure = Microsoft Azure

products-microsoft-365 = Microsoft 365

products-dynamics-365 = Dynamics 365

products-power-platform = Power Platform

products-intune = Microsoft Intune

benefits-product-support = Soporte técnico de productos de Microsoft

benefits-signature-cloud-support = Soporte técnico Signature Cloud
    .grant-silver-other = Signature 5pack
    .grant-gold-other = Signature 10pack

plans-cloud-solution-provider = plan de soporte técnico de Cloud Solution Provider

plans-premier = Premier Support for Partners

plans-advanced = Advanced Support for Partners

code-duplicate = dos cuentas con un mismo usuario, dos incidentes con un mismo identificador, una ventaja activada dos veces
    .explanation =
        Dos entradas donde debe haber una: dos cuentas con un mismo usuario, dos
        incidentes con un mismo identificador, una ventaja activada dos veces.

        Por qué: las comprobaciones no sabrían qué entrada creer.

        Solución: combine o elimine la entrada posterior; la primera aparece señalada.

code-partner-not-mpn = a los programas les falta el necesario para usar las ventajas (F2)
    .explanation =
        La empresa no está asociada al programa que la directiva exige para
        ver y activar las ventajas.

        Por qué: a una cuenta asociada solo a otro programa se le muestra "No está
        autorizado para esta acción" (F2).

        Solución: asocie la empresa al programa necesario e inclúyalo en
        `partner.programs`.

code-membership-none-active = ninguna pertenencia está activa en as_of, pero se activan o usan ventajas (F3)
    .explanation =
        Ninguna pertenencia está activa en la fecha en que se evalúa el manifiesto,
        pero se activan o usan ventajas.

        Por qué: sin una oferta de pertenencia activa no hay ventajas (F3). Este
        resultado es el único que se notifica para las ventajas que deja sin derecho.

        Solución: renueve la pertenencia o corrija su `start`/`end` o `as_of`.

code-membership-competency = una pertenencia sin la competencia que su nivel necesita, o con una que su nivel no admite
    .explanation =
        Una pertenencia cuyo nivel necesita una competencia no tiene ninguna, o una
        cuyo nivel no admite competencias indica una.

        Por qué: los niveles de competencia otorgan ventajas según la clase de
        competencia (en la nube u otra); un nivel sin competencias otorga lo mismo a todos.

        Solución: añada la competencia con la que se obtuvo la pertenencia, o elimínela.

code-activation-role = activated_by no tiene ninguno de los roles que pueden activar (F5)
    .explanation =
        La cuenta que activó una ventaja no tiene ninguno de los roles que la
        directiva exige para la activación.

        Por qué: el Centro de partners solo permite activar a esos roles (F5).

        Solución: pida que active la ventaja una cuenta con uno de esos roles, o
        registre el rol que la cuenta tiene realmente.

code-activation-not-eligible = ninguna pertenencia activa otorga la ventaja (F9)
    .explanation =
        Hay una ventaja activada que ninguna pertenencia activa otorga, como
        Soporte técnico Signature Cloud con Action Pack.

        Por qué: una ventaja solo existe a través de una pertenencia que la otorga (F9).

        Solución: elimine la activación o tenga una pertenencia que la otorgue; la
        línea de ayuda indica los niveles que la otorgan.

code-activation-pending = un incidente abierto dentro de los días de procesamiento posteriores a requested_on (F6)
    .explanation =
        Se abre un incidente mientras la activación aún puede estar en proceso.

        Por qué: la activación tarda unos días en procesarse (F6); la directiva indica cuántos.

        Solución: planifique el incidente para la fecha que indica la línea de ayuda,
        o confirme que la activación se completó antes.

code-activation-incomplete = un incidente usa una ventaja cuya activación aún no tiene identificador de acceso o identificador de contrato (F6)
    .explanation =
        Un incidente usa una ventaja cuya activación aún no tiene identificador de
        acceso o identificador de contrato.

        Por qué: ambos se muestran solo cuando finaliza la activación y son necesarios
        para usar la ventaja la primera vez (F6).

        Solución: registre `access_id` y `contract_id` en cuanto el Centro de partners los muestre.

code-incident-not-activated = un incidente usa una ventaja que nunca se activó, o se abre antes de requested_on (F4)
    .explanation =
        Un incidente usa una ventaja que nunca se activó, o se abre antes de que
        se solicitara su activación.

        Por qué: una ventaja debe activarse antes de usarse (F4).

        Solución: añada la entrada `[[activations]]` o corrija las fechas.

code-incident-no-contract = opened_by no tiene vinculado el contrato del identificador de acceso de la ventaja (F12, F13)
    .explanation =
        La cuenta que abre un incidente no tiene vinculado el contrato del
        identificador de acceso de la ventaja el día en que lo abre, ni antes.

        Por qué: cualquier cuenta puede usar la ventaja una vez que se le añade el
        contrato (F12, F13); los planes que no necesitan contrato están exentos (F14).

        Solución: añada una entrada `[[contract_links]]` para esa cuenta, con fecha anterior al incidente.

code-incident-scope = el tipo del producto no corresponde a la ventaja o al plan (F10, F14, F19)
    .explanation =
        El producto de un incidente es de un tipo que la ventaja o el plan no
        cubre: un producto local con una ventaja en la nube, o al revés.

        Por qué: cada ventaja y cada plan cubre los tipos de producto que indica
        la directiva (F10, F14, F19).

        Solución: abra el incidente con una ventaja o un plan que cubra el producto.

code-incident-product-unsupported = un producto local que no es reciente (F10)
    .explanation =
        Un producto local que ya no es lo bastante reciente para el soporte técnico a partners.

        Por qué: el soporte técnico de productos solo cubre productos locales recientes (F10);
        la directiva indica cuáles son recientes.

        Solución: use un plan de pago para el producto anterior, o actualícelo.

code-quota-exceeded = más incidentes con una ventaja de los que permite el derecho
    .explanation =
        Más incidentes con una ventaja de los que permite el derecho.

        Por qué: cada pertenencia otorga un número de incidentes por ventaja; varias
        pertenencias se combinan según indica la directiva. Se notifica el primer
        incidente que supera el derecho y cada uno de los siguientes.

        Solución: compre un plan de soporte técnico de pago o cambie a una pertenencia
        que otorgue más; las etiquetas indican cuántos otorgó cada pertenencia.

code-contract-expired = un incidente abierto después de que expirara la ventaja (F11)
    .explanation =
        Se abre un incidente después de que expirara la ventaja.

        Por qué: una ventaja se puede usar hasta que expira (F11).

        Solución: renueve la pertenencia o la ventaja y, después, abra el incidente.

code-contract-already-linked = el mismo identificador de acceso vinculado de nuevo a la misma cuenta (F16)
    .explanation =
        El mismo identificador de acceso se vincula de nuevo a la misma cuenta.

        Por qué: un contrato se vincula a una cuenta una sola vez; el error del portal
        "Este identificador de acceso ya está asociado a una cuenta" es erróneo y
        debe ignorarse (F16).

        Solución: elimine el segundo vínculo y use "+ Nueva solicitud de soporte técnico".

code-contract-invalid-link = un vínculo creado después de que el contrato expirara o se agotaran sus incidentes (F17)
    .explanation =
        Un contrato se vincula después de expirar o de que se agotaran sus incidentes.

        Por qué: un contrato así se oculta porque no es válido (F17).

        Solución: adquiera un nuevo plan de soporte técnico.

code-csp-not-enrolled = un incidente con un plan de un programa al que el partner no pertenece (F14)
    .explanation =
        Un incidente con un plan que exige un programa al que la empresa no pertenece.

        Por qué: el plan de Cloud Solution Provider es para partners de CSP (F14).

        Solución: añada el programa a `partner.programs` o use otro plan.

code-csp-customer-role = un incidente para un cliente, abierto sin el rol que exigen las solicitudes de clientes (F15)
    .explanation =
        Un incidente para un cliente abierto por una cuenta sin el rol que la
        directiva exige para las solicitudes de clientes.

        Por qué: las solicitudes en nombre de clientes de CSP las abren los agentes
        de administrador (F15).

        Solución: pida a un agente de administrador que lo abra, o registre el rol que tiene la cuenta.

rule-reference-unknown-reference = { $what_id ->
        [offer] oferta desconocida
        [competency] competencia desconocida
        [program] programa desconocido
        [role] rol desconocido
        [portal] portal desconocido
        [product] producto desconocido
        [benefit-or-plan] ventaja o plan desconocidos
        [benefit] ventaja desconocida
        [account] cuenta desconocida
        [access-id] identificador de acceso desconocido
       *[other] { $what } desconocido
    }: `{ $value }`
    .help = los identificadores conocidos son { $known }
    .label = { $what_id ->
        [offer] no es una oferta
        [competency] no es una competencia
        [program] no es un programa
        [role] no es un rol
        [portal] no es un portal
        [product] no es un producto
        [benefit-or-plan] no es una ventaja ni un plan
        [benefit] no es una ventaja
        [account] no es una cuenta
        [access-id] no es un identificador de acceso
       *[other] no es un valor de tipo { $what }
    } de { $policy }

rule-duplicate-uniqueness-accounts = la cuenta `{ $key }` aparece dos veces
    .help = combine las dos entradas `[[accounts]]` en una, con todos los roles que tiene la cuenta
    .label = aparece de nuevo aquí
    .label-first = aparece por primera vez aquí

rule-duplicate-uniqueness-incidents = el identificador de incidente `{ $key }` se usa dos veces
    .help = asigne a cada incidente su propio identificador; el segundo no cuenta ni a favor ni en contra de la ventaja
    .label = se usa de nuevo aquí
    .label-first = aparece por primera vez aquí

rule-duplicate-uniqueness-activations = la ventaja `{ $key }` se activa dos veces
    .help = una ventaja se activa una sola vez; conserve la activación que muestra el Centro de partners
    .label = se activa de nuevo aquí
    .label-first = aparece por primera vez aquí

rule-partner-not-mpn-required-program = no está autorizado para esta acción: el partner no está asociado a { $program_name }
    .help = las ventajas se ven y se activan con una cuenta asociada a MPN; una empresa asociada solo a CSP debe unirse a MPN e incluir `mpn` aquí
    .label = no hay `{ $program }` entre estos programas
    .label-programs = los programas del partner

rule-membership-none-active-active-membership = parece que aún no tiene ninguna ventaja: ninguna pertenencia está activa el { $as_of }
    .help = renueve la pertenencia o corrija su `start` y su `end`; sin una oferta de pertenencia activa no hay ventajas
    .label = aquí se usa `{ $benefit }`
    .label-membership = `{ $offer }` va del { $start } al { $end }

rule-membership-competency-competency-required = una pertenencia `{ $tier }` necesita una competencia
    .help = añada `competency = "…"`: la competencia con la que se obtuvo la pertenencia determina lo que otorga
    .label = { $tier_name }: se obtiene en una competencia

rule-membership-competency-competency-forbidden = una pertenencia `{ $tier }` no tiene competencia, pero indica `{ $competency }`
    .help = elimine `competency`; las competencias se obtienen con una pertenencia Silver o Gold
    .label = { $tier_name }: no se obtiene en una competencia

rule-activation-role-required-role = `{ $account }` no puede activar `{ $benefit }`: no tiene ni `global-admin` ni `mpn-partner-admin`
    .help = pida que la active una cuenta con el rol { $required }, o registre el rol que tiene esta cuenta
    .label = activada por esta cuenta
    .label-account = `{ $account }` tiene { $roles }

rule-activation-not-eligible-eligibility = ninguna pertenencia activa otorga `{ $benefit }`
    .help = { $benefit_name } se incluye con una pertenencia { $granted_by }; elimine esta activación o tenga una pertenencia de ese tipo
    .label = activada aquí

rule-incident-not-activated-activation-required = el incidente `{ $incident }` usa `{ $benefit }`, que nunca se activó
    .help = antes de usar la ventaja, active { $benefit_name } en el Centro de partners (Ventajas → Ventajas técnicas) y añada la activación en `[[activations]]`
    .label = no activada

rule-incident-not-activated-activation-order = el incidente `{ $incident }` se abre el { $opened_on }, antes de que se activara `{ $benefit }`
    .help = una ventaja debe activarse antes de usarse; abra el incidente el { $requested_on } o más tarde
    .label = abierto antes de la solicitud de activación
    .label-requested = activación solicitada el { $requested_on }

rule-activation-incomplete-activation-complete = el incidente `{ $incident }` usa `{ $benefit }`, cuya activación aún no tiene { $missing }
    .help = el identificador de acceso y el identificador de contrato aparecen en el Centro de partners cuando la activación se completa; regístrelos como `access_id` y `contract_id`
    .label = se usa aquí
    .label-activation = activada aquí sin { $missing }

rule-activation-pending-processing-delay = el incidente `{ $incident }` se abre el { $opened_on }, cuando la activación solicitada el { $requested_on } aún puede estar en proceso
    .help = la activación tarda unos días en procesarse; planifique el incidente para el { $ready_on } o más tarde
    .label = { $days ->
        [one] a menos de { $days } día de la solicitud
       *[other] a menos de { $days } días de la solicitud
    }
    .label-requested = activación solicitada el { $requested_on }

rule-incident-scope-scope = `{ $benefit }` no cubre `{ $product }`
    .help = { $benefit_name } cubre { $covers }; abra el incidente con una ventaja o un plan que cubra `{ $product }`
    .label = producto { $product_kind }
    .label-benefit = `{ $benefit }` cubre { $covers }

rule-incident-product-unsupported-recent-product = `{ $product }` no es un producto local reciente
    .help = { $benefit_name } solo cubre productos locales recientes (la directiva de soporte técnico N-1); use un plan de pago como `premier` para { $product_name }
    .label = no es reciente

rule-incident-no-contract-contract-link = `{ $opened_by }` no tiene vinculado el contrato de `{ $benefit }` el { $opened_on }
    .help = añada el contrato (identificador de acceso `{ $access_id }`) a esta cuenta en Soporte técnico para empresas o con "Vincular ventajas de soporte técnico" en el Portal de Azure y, después, abra el incidente
    .label = abre el incidente sin el contrato
    .label-link = vinculado a esta cuenta solo el { $linked_on }

rule-contract-expired-validity-window = el incidente `{ $incident }` se abre el { $opened_on }, después de que `{ $benefit }` expirara el { $expires }
    .help = las ventajas se pueden usar hasta que expiran; renueve la pertenencia o use un plan de soporte técnico de pago
    .label = después de la expiración
    .label-expiry = expira el { $expires }

rule-quota-exceeded-quota = el incidente `{ $incident }` es el número { $position } de `{ $benefit }`, que permite { $quota }
    .help = no quedan incidentes de `{ $benefit }`; compre un plan de soporte técnico como `premier` o tenga una pertenencia que otorgue más
    .label = supera el derecho
    .label-membership = { $granted_by } otorga { $quota ->
        [one] { $quota } incidente
       *[other] { $quota } incidentes
    }

rule-contract-already-linked-uniqueness-contract-links = el contrato con el identificador de acceso `{ $this-access_id }` ya está vinculado a `{ $this-account }`
    .help = un contrato se vincula a una cuenta una sola vez: se vinculó por primera vez el { $first-linked_on } en `{ $first-portal }`. Ignore "Este identificador de acceso ya está asociado a una cuenta"; use "+ Nueva solicitud de soporte técnico" en su lugar
    .label = vinculado de nuevo aquí, en `{ $this-portal }`
    .label-first = vinculado por primera vez aquí

rule-contract-invalid-link-link-after-expiry = el contrato con el identificador de acceso `{ $access_id }` se vincula el { $linked_on }, después de que expirara el { $expires }
    .help = un contrato expirado se oculta porque no es válido; adquiera un nuevo plan de soporte técnico para obtener incidentes de soporte técnico
    .label = vinculado después de la expiración
    .label-expiry = expira el { $expires }

rule-contract-invalid-link-link-after-exhaustion = el contrato con el identificador de acceso `{ $access_id }` se vincula el { $linked_on }, { $quota ->
        [one] después de que se agotara su único incidente ({ $quota })
       *[other] después de que se agotaran sus { $quota } incidentes
    }
    .help = un contrato sin incidentes restantes se oculta porque no es válido; adquiera un nuevo plan de soporte técnico para obtener incidentes de soporte técnico
    .label = vinculado sin incidentes restantes
    .label-last = el incidente `{ $last_incident }` usó { $quota ->
        [one] el único incidente disponible ({ $quota })
       *[other] el último de { $quota } incidentes
    }

rule-csp-not-enrolled-required-program = el incidente `{ $incident }` usa el { $benefit_name }, pero el partner no pertenece a { $program_name }
    .help = el plan de Cloud Solution Provider es para partners de CSP; añada `csp` a `partner.programs` si la empresa lo es, o use otro plan
    .label = un plan de CSP
    .label-programs = aquí no hay `{ $program }`

rule-csp-customer-role-required-role = `{ $opened_by }` abre el incidente `{ $incident }` para el cliente `{ $customer }` sin el rol `admin-agent`
    .help = las solicitudes para clientes de CSP las abren los agentes de administrador (Clientes → Administración de servicios → Nueva solicitud); pida a uno que la abra
    .label = abierto para un cliente por esta cuenta
    .label-account = `{ $account }` tiene { $roles }
